import type { CellOwner, Provenance } from "../../engine/types";

export const OWNER_LABEL: Record<CellOwner, string> = {
  provider: "Provider",
  shared: "Shared",
  customer: "Your organisation",
  "not-applicable": "Not applicable",
};

export const PROVENANCE_LABEL: Record<Provenance, string> = {
  "seed-text": "the framework's 2024 article",
  "author-2025": "the framework author's 2025 matrix",
  inferred: "our reading of the framework (no published value for this model)",
};
