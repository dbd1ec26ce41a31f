/** The responsibility model as the model page reads it: lookups and URL parameters. */
import bundle from "virtual:rules-bundle";
import { findCell, indexCells } from "../../engine/responsibilities";
import type {
  Cell,
  DeploymentModel,
  DeploymentModelId,
  Domain,
  DomainId,
  ResponsibilityModel,
} from "../../engine/types";

export const model: ResponsibilityModel = bundle.model;
const cells = indexCells(model);

export function cellOf(domain: DomainId, deploymentModel: DeploymentModelId): Cell {
  const cell = findCell(cells, domain, deploymentModel);
  if (cell === undefined) throw new Error(`responsibility model has no cell for ${domain} x ${deploymentModel}`);
  return cell;
}

export function deploymentModelOf(id: DeploymentModelId): DeploymentModel {
  const found = model.deploymentModels.find((m) => m.id === id);
  if (found === undefined) throw new Error(`no deployment model ${id}`);
  return found;
}

export function domainOf(id: DomainId): Domain {
  const found = model.domains.find((d) => d.id === id);
  if (found === undefined) throw new Error(`no domain ${id}`);
  return found;
}

export function isModelId(value: string | null): value is DeploymentModelId {
  return value !== null && model.deploymentModels.some((m) => m.id === value);
}

export function isDomainId(value: string | null): value is DomainId {
  return value !== null && model.domains.some((d) => d.id === value);
}

export interface CellRef {
  domain: DomainId;
  model: DeploymentModelId;
}

/** `domain.model`, as used in `?cell=`. */
export function cellParam(ref: CellRef): string {
  return `${ref.domain}.${ref.model}`;
}

export function parseCellParam(value: string | null): CellRef | null {
  if (value === null) return null;
  const dot = value.indexOf(".");
  if (dot < 0) return null;
  const domain = value.slice(0, dot);
  const deploymentModel = value.slice(dot + 1);
  return isDomainId(domain) && isModelId(deploymentModel) ? { domain, model: deploymentModel } : null;
}

export interface PageParams {
  /** The column to highlight (the service the popup came from). */
  current: DeploymentModelId | null;
  cell: CellRef | null;
  compareFrom: DeploymentModelId;
  compareTo: DeploymentModelId;
}

export function readParams(search: string): PageParams {
  const params = new URLSearchParams(search);
  const current = params.get("model");
  const currentId = isModelId(current) ? current : null;
  const compareFrom = currentId ?? "public-saas";
  const compare = params.get("compare");
  const fallbackTo: DeploymentModelId = compareFrom === "paas" ? "public-saas" : "paas";
  const compareTo = isModelId(compare) && compare !== compareFrom ? compare : fallbackTo;
  return { current: currentId, cell: parseCellParam(params.get("cell")), compareFrom, compareTo };
}

/** How much of a domain falls to the customer: the order of the model's "never shrinks" rule. */
export const CUSTOMER_SHARE = { provider: 0, shared: 1, customer: 2 } as const;
