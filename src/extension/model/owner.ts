import type { CellOwner, Owner } from "../../engine/types";

/** The matrix's own words: the page teaches the framework, so "Customer" rather than "You". */
export const OWNER_NAME: Record<CellOwner, string> = {
  provider: "Provider",
  shared: "Shared",
  customer: "Customer",
  "not-applicable": "Not applicable",
};
export const OWNER_LETTER: Record<CellOwner, string> = {
  provider: "P",
  shared: "S",
  customer: "C",
  "not-applicable": "n/a",
};
export const OWNERS: Owner[] = ["provider", "shared", "customer"];

export const RISK_LABEL = {
  moderate: "Moderate",
  "moderate-high": "Moderate to high",
  high: "High",
  "highest-control": "Highest control, highest responsibility",
} as const;
