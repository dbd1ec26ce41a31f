import type {
  Cell,
  CellOwner,
  DeploymentModelId,
  Domain2025Id,
  DomainId,
  Provenance,
  ResponsibilityModel,
} from "./types";

/** One security domain for one deployment model, as a user reads it. */
export interface Responsibility {
  /** One of the twelve domains, or (framework 2025) one of the four new ones. */
  domain: Domain2025Id;
  name: string;
  /** "not-applicable" only in the 2025 framework. */
  owner: CellOwner;
  provenance: Provenance;
  reason: string;
  /** What the user does. For provider-owned domains: what the user should still check. */
  do: string[];
  dont: string[];
  /** Provider-owned domains: what the provider takes care of. */
  providerDoes?: string;
  /** Framework 2025: the author marks this domain a critical focus for the deployment model. */
  criticalFocus?: true;
  /** Framework 2025: where the author's own texts disagree on this cell, and which we follow. */
  note?: string;
}

function cellKey(domain: DomainId, model: DeploymentModelId): string {
  return `${domain}|${model}`;
}

/** Cells by domain and model, built once per model data. */
export function indexCells(model: ResponsibilityModel): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const cell of model.cells) cells.set(cellKey(cell.domain, cell.model), cell);
  return cells;
}

export function findCell(cells: Map<string, Cell>, domain: DomainId, model: DeploymentModelId): Cell | undefined {
  return cells.get(cellKey(domain, model));
}

/** The twelve domains for a deployment model, in the framework's order. */
export function responsibilitiesFor(
  model: ResponsibilityModel,
  cells: Map<string, Cell>,
  deploymentModel: DeploymentModelId,
): Responsibility[] {
  return model.domains.map((domain) => {
    const cell = findCell(cells, domain.id, deploymentModel);
    if (cell === undefined) throw new Error(`responsibility model has no cell for ${domain.id} x ${deploymentModel}`);
    const guidance = cell.guidance;
    const provider = cell.owner === "provider";
    const entry: Responsibility = {
      domain: domain.id,
      name: domain.name,
      owner: cell.owner,
      provenance: cell.provenance,
      reason: cell.reason,
      do: provider ? (guidance.youCheck !== undefined ? [guidance.youCheck] : []) : [...(guidance.do ?? [])],
      dont: provider ? [] : [...(guidance.dont ?? [])],
    };
    if (provider && guidance.providerDoes !== undefined) entry.providerDoes = guidance.providerDoes;
    return entry;
  });
}
