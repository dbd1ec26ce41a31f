import type { DeploymentModelId, DomainId, Owner } from "../../engine/types";
import { CUSTOMER_SHARE, cellOf, model } from "./data";

export type Shift = "more" | "less" | "same";

export interface DomainComparison {
  domain: DomainId;
  name: string;
  from: Owner;
  to: Owner;
  /** Whether the customer's share grows, shrinks or stays when moving from `from` to `to`. */
  shift: Shift;
  /** The Do / Don't lines differ even where the owner stays (free vs enterprise plans). */
  guidanceChanged: boolean;
}

function guidanceTexts(domain: DomainId, modelId: DeploymentModelId): string {
  const g = cellOf(domain, modelId).guidance;
  const lines = [...(g.do ?? []), ...(g.dont ?? [])].map((line) => line.text);
  return JSON.stringify([lines, g.providerDoes ?? "", g.youCheck ?? ""]);
}

export function compareModels(from: DeploymentModelId, to: DeploymentModelId): DomainComparison[] {
  return model.domains.map((d) => {
    const a = cellOf(d.id, from).owner;
    const b = cellOf(d.id, to).owner;
    const delta = CUSTOMER_SHARE[b] - CUSTOMER_SHARE[a];
    return {
      domain: d.id,
      name: d.name,
      from: a,
      to: b,
      shift: delta > 0 ? "more" : delta < 0 ? "less" : "same",
      guidanceChanged: from !== to && guidanceTexts(d.id, from) !== guidanceTexts(d.id, to),
    };
  });
}
