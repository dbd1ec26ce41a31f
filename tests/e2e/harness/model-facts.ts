/** Expected values read from rules/ itself, so the tests follow the data a reviewer changes. */

import type { Cell } from "../../../src/engine/types";
import { loadRules } from "../../../src/node/rules-loader";
import { RULES_ROOT } from "../../../src/node/rules-root";

export function loadModelFacts() {
  const rules = loadRules(RULES_ROOT);
  const model = (id: string) => {
    const found = rules.model.deploymentModels.find((m) => m.id === id);
    if (found === undefined) throw new Error(`no deployment model ${id}`);
    return found;
  };
  return {
    rules,
    badge: (id: string) => model(id).badge,
    modelName: (id: string) => model(id).name,
    cells: (id: string): Cell[] =>
      rules.model.domains.map((d) => {
        const cell = rules.model.cells.find((c) => c.domain === d.id && c.model === id);
        if (cell === undefined) throw new Error(`no cell ${d.id} x ${id}`);
        return cell;
      }),
  };
}
