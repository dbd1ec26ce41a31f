import type {
  Cell,
  CellOwner,
  DeploymentModelId,
  Domain2025Id,
  DomainId,
  GuidanceLine,
  GuidanceRefinement,
  Provenance,
  ResponsibilityModel,
} from "./types";

/** Where a line came from: a service's own refinement, its category's, or the deployment model's cell. */
export type LineOrigin = "service" | "category" | "model";
export type ResponsibilityLine = GuidanceLine & { from: LineOrigin };

/** One security domain for one deployment model, as a user reads it. */
export interface Responsibility {
  /** One of the twelve domains, or (framework 2025) one of the four new ones. */
  domain: Domain2025Id;
  name: string;
  /** "not-applicable" only in the 2025 framework. */
  owner: CellOwner;
  provenance: Provenance;
  reason: string;
  /** Do lines, for the person ("you") and for the organisation. Provider-owned: what to still check. */
  do: ResponsibilityLine[];
  dont: ResponsibilityLine[];
  /** Provider-owned domains: what the provider takes care of. */
  providerDoes?: string;
  /** What the organisation's IT and security team does in this domain (rules/model/domains.json). */
  admin: string[];
  /** Framework 2025: the author marks this domain a critical focus for the deployment model. */
  criticalFocus?: true;
  /** Framework 2025: where the author's own texts disagree on this cell, and which we follow. */
  note?: string;
}

/** Which service the responsibilities are for, so category and service refinements apply. */
export interface GuidanceTarget {
  serviceId: string;
  category: string;
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

export const tag = (lines: readonly GuidanceLine[] | undefined, from: LineOrigin): ResponsibilityLine[] =>
  (lines ?? []).map((line) => ({ ...line, from }));

/** `model` null (framework 2025): only refinements that name no deployment model apply. */
function applies(refinement: GuidanceRefinement, target: GuidanceTarget, model: DeploymentModelId | null): boolean {
  if (refinement.models !== undefined && (model === null || !refinement.models.includes(model))) return false;
  return refinement.service !== undefined
    ? refinement.service === target.serviceId
    : refinement.category === target.category;
}

/** The refinements for a service, category ones first, so that a service can refine its category. */
export function refinementsFor(
  model: ResponsibilityModel,
  target: GuidanceTarget | undefined,
  deploymentModel: DeploymentModelId | null,
): GuidanceRefinement[] {
  const found =
    target === undefined ? [] : (model.refinements ?? []).filter((r) => applies(r, target, deploymentModel));
  return found.sort((a, b) => Number(a.service !== undefined) - Number(b.service !== undefined));
}

/** Applies refinements in order; each adds lines first, or replaces the person's lines. */
export function refine(entry: Responsibility, refinements: GuidanceRefinement[]): void {
  for (const refinement of refinements) {
    const from: LineOrigin = refinement.service !== undefined ? "service" : "category";
    if (refinement.replace === true) {
      entry.do = entry.do.filter((line) => line.for !== "you");
      entry.dont = entry.dont.filter((line) => line.for !== "you");
    }
    entry.do = [...tag(refinement.do, from), ...entry.do];
    entry.dont = [...tag(refinement.dont, from), ...entry.dont];
  }
}

/** The twelve domains for a deployment model, in the framework's order, refined for the service. */
export function responsibilitiesFor(
  model: ResponsibilityModel,
  cells: Map<string, Cell>,
  deploymentModel: DeploymentModelId,
  target?: GuidanceTarget,
): Responsibility[] {
  const refinements = refinementsFor(model, target, deploymentModel);
  return model.domains.map((domain) => {
    const cell = findCell(cells, domain.id, deploymentModel);
    if (cell === undefined) throw new Error(`responsibility model has no cell for ${domain.id} x ${deploymentModel}`);
    const guidance = cell.guidance;
    const provider = cell.owner === "provider";
    const youCheck: ResponsibilityLine[] =
      guidance.youCheck === undefined ? [] : [{ text: guidance.youCheck, for: "you", weight: 1, from: "model" }];
    const entry: Responsibility = {
      domain: domain.id,
      name: domain.name,
      owner: cell.owner,
      provenance: cell.provenance,
      reason: cell.reason,
      do: provider ? youCheck : tag(guidance.do, "model"),
      dont: provider ? [] : tag(guidance.dont, "model"),
      admin: [...domain.admin],
    };
    if (provider && guidance.providerDoes !== undefined) entry.providerDoes = guidance.providerDoes;
    refine(
      entry,
      refinements.filter((r) => r.domain === domain.id),
    );
    return entry;
  });
}
