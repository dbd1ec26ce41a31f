/**
 * Reads and checks rules/model/crossrefs.json: every id a domain or model cites is in its list,
 * and every domain (16) and every deployment model of both versions has exactly one entry.
 */
import { join } from "node:path";
import type { CrossReferences } from "../engine/crossrefs";
import { DEPLOYMENT_MODELS, DEPLOYMENT_MODELS_2025, DOMAINS_2025 } from "../engine/types";
import type { Checker } from "./rules-loader";

export function loadCrossReferences(checker: Checker, root: string): CrossReferences | null {
  const file = join(root, "model", "crossrefs.json");
  const data = checker.readChecked(file, "crossrefs.schema.json", "domains");
  if (data === null) return null;
  const refs = data as unknown as CrossReferences;
  const lists = {
    owaspLlm: new Set(refs.owaspLlm.map((e) => e.id)),
    owaspAgentic: new Set(refs.owaspAgentic.map((e) => e.id)),
    nistRisks: new Set(refs.nistRisks.map((e) => e.id)),
  };
  refs.domains.forEach((entry, i) => {
    for (const list of ["owaspLlm", "owaspAgentic", "nistRisks"] as const) {
      for (const id of entry[list]) {
        if (!lists[list].has(id))
          checker.add(file, `domains[${i}] (${entry.domain})`, list, `"${id}" is not in the ${list} list`);
      }
    }
  });
  const once = (field: string, got: string[], want: readonly string[]) => {
    for (const id of want) {
      const count = got.filter((g) => g === id).length;
      if (count !== 1) checker.add(file, field, id, `needs exactly one entry, has ${count}`);
    }
  };
  once(
    "domains",
    refs.domains.map((d) => d.domain),
    DOMAINS_2025,
  );
  once(
    "models (2024)",
    refs.models.filter((m) => m.framework === "2024").map((m) => m.model),
    DEPLOYMENT_MODELS,
  );
  once(
    "models (2025)",
    refs.models.filter((m) => m.framework === "2025").map((m) => m.model),
    DEPLOYMENT_MODELS_2025,
  );
  return refs;
}
