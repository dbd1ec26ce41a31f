/**
 * The 2025 revision of the framework: which 2025 column a service falls in (a rule over its 2024
 * deployment model and its category, kept in rules/model/2025/framework.json), and its sixteen
 * responsibilities. Pure: no browser API.
 */
import {
  findCell,
  type GuidanceTarget,
  type Responsibility,
  type ResponsibilityLine,
  refine,
  refinementsFor,
  tag,
} from "./responsibilities";
import {
  type Cell,
  type Cell2025,
  type DeploymentModel,
  type DeploymentModel2025,
  type DeploymentModel2025Id,
  type DeploymentModelId,
  DOMAINS_2025,
  type Domain2025Id,
  type DomainId,
  type GuidanceLine,
  type ResponsibilityModel,
  type ResponsibilityModel2025,
} from "./types";

/** A service's 2025 column and how it was reached. */
export interface Mapping2025 {
  model: DeploymentModel2025Id;
  /** The risk level kept from the 2024 model (public SaaS high, private SaaS moderate), or the column's own. */
  risk: DeploymentModel["risk"];
  /** "category": agents, embedded AI and MCP systems; "model": every other service, from its 2024 model. */
  by: "category" | "model";
  from: DeploymentModelId;
  reason: string;
}

export function mapTo2025(model2025: ResponsibilityModel2025, category: string, from: DeploymentModelId): Mapping2025 {
  const { mapping } = model2025.framework;
  const byCategory = mapping.byCategory.find((rule) => rule.category === category);
  if (byCategory !== undefined) {
    const column = deploymentModel2025Of(model2025, byCategory.model);
    return { model: byCategory.model, risk: column.risk, by: "category", from, reason: byCategory.reason };
  }
  const byModel = mapping.byModel.find((rule) => rule.from === from);
  if (byModel === undefined) throw new Error(`the 2025 mapping has no rule for the 2024 model ${from}`);
  return { model: byModel.model, risk: byModel.risk, by: "model", from, reason: byModel.reason };
}

export function deploymentModel2025Of(
  model2025: ResponsibilityModel2025,
  id: DeploymentModel2025Id,
): DeploymentModel2025 {
  const found = model2025.deploymentModels.find((m) => m.id === id);
  if (found === undefined) throw new Error(`the 2025 model has no deployment model ${id}`);
  return found;
}

/** A 2025 cell with its reason and guidance resolved (from the 2024 cell it repeats, when it says so). */
export interface ResolvedCell2025 extends Cell2025 {
  reason: string;
}

function cellKey(domain: Domain2025Id, model: DeploymentModel2025Id): string {
  return `${domain}|${model}`;
}

/** Lines may be plain strings (the 2024 matrix) or guidance-line objects. */
type AnyLine = string | GuidanceLine;
export const lineText = (line: AnyLine): string => (typeof line === "string" ? line : line.text);

function fromCell2024(cell: Cell2025, cell2024: Cell): ResolvedCell2025 {
  const g = cell2024.guidance as { do?: AnyLine[]; dont?: AnyLine[]; providerDoes?: string; youCheck?: string };
  const asLines = (lines: AnyLine[] | undefined) =>
    lines?.map((l): GuidanceLine => (typeof l === "string" ? { text: l, for: "you", weight: 2 } : l));
  const guidance: NonNullable<Cell2025["guidance"]> = {};
  if (g.do !== undefined) guidance.do = asLines(g.do);
  if (g.dont !== undefined) guidance.dont = asLines(g.dont);
  if (g.providerDoes !== undefined) guidance.providerDoes = g.providerDoes;
  if (g.youCheck !== undefined) guidance.youCheck = g.youCheck;
  return { ...cell, reason: cell2024.reason, guidance };
}

/** Every 2025 cell by domain and column, resolved once per model data. */
export function indexCells2025(
  model2024Cells: Map<string, Cell>,
  model2025: ResponsibilityModel2025,
): Map<string, ResolvedCell2025> {
  const cells = new Map<string, ResolvedCell2025>();
  for (const cell of model2025.cells) {
    let resolved: ResolvedCell2025;
    if (cell.sameAs2024 !== undefined) {
      const from = findCell(model2024Cells, cell.domain as DomainId, cell.sameAs2024);
      if (from === undefined) throw new Error(`2025 cell ${cell.domain} x ${cell.model}: no 2024 cell to repeat`);
      resolved = fromCell2024(cell, from);
    } else {
      resolved = { ...cell, reason: cell.reason ?? "" };
    }
    cells.set(cellKey(cell.domain, cell.model), resolved);
  }
  return cells;
}

export function findCell2025(
  cells: Map<string, ResolvedCell2025>,
  domain: Domain2025Id,
  model: DeploymentModel2025Id,
): ResolvedCell2025 | undefined {
  return cells.get(cellKey(domain, model));
}

/** The twelve domains of 2024 followed by the four new ones, with names. */
export function domains2025(model2024: ResponsibilityModel, model2025: ResponsibilityModel2025) {
  return [...model2024.domains, ...model2025.newDomains];
}

/** The sixteen domains for a 2025 column, in order; not-applicable domains carry their reason. */
export function responsibilities2025(
  model2024: ResponsibilityModel,
  model2025: ResponsibilityModel2025,
  cells: Map<string, ResolvedCell2025>,
  column: DeploymentModel2025Id,
  target?: GuidanceTarget,
): Responsibility[] {
  const byId = new Map(domains2025(model2024, model2025).map((d) => [d.id as string, d]));
  // Category and service refinements that hold whatever the deployment model is apply here too.
  const refinements = refinementsFor(model2024, target, null);
  return DOMAINS_2025.map((domain) => {
    const cell = findCell2025(cells, domain, column);
    if (cell === undefined) throw new Error(`the 2025 model has no cell for ${domain} x ${column}`);
    const g = cell.guidance ?? {};
    const provider = cell.owner === "provider";
    const youCheck: ResponsibilityLine[] =
      g.youCheck === undefined ? [] : [{ text: g.youCheck, for: "you", weight: 1, from: "model" }];
    const applicable = cell.owner !== "not-applicable";
    const entry: Responsibility = {
      domain,
      name: byId.get(domain)?.name ?? domain,
      owner: cell.owner,
      provenance: cell.provenance,
      reason: cell.reason,
      do: provider ? youCheck : tag(g.do, "model"),
      dont: provider ? [] : tag(g.dont, "model"),
      admin: applicable ? [...(byId.get(domain)?.admin ?? [])] : [],
    };
    if (provider && g.providerDoes !== undefined) entry.providerDoes = g.providerDoes;
    if (cell.criticalFocus) entry.criticalFocus = true;
    if (cell.note !== undefined) entry.note = cell.note;
    if (applicable)
      refine(
        entry,
        refinements.filter((r) => r.domain === domain),
      );
    return entry;
  });
}
