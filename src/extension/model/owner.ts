import type { Owner } from "../../engine/types";

/** The matrix's own words: the page teaches the framework, so "Customer" rather than "You". */
export const OWNER_NAME: Record<Owner, string> = { provider: "Provider", shared: "Shared", customer: "Customer" };
export const OWNER_LETTER: Record<Owner, string> = { provider: "P", shared: "S", customer: "C" };
export const OWNERS: Owner[] = ["provider", "shared", "customer"];

export const RISK_LABEL = {
  moderate: "Moderate",
  "moderate-high": "Moderate to high",
  high: "High",
  "highest-control": "Highest control, highest responsibility",
} as const;
