/** The 2025 revision as the model page reads it: columns, sixteen domains, resolved cells, URL parameters. */
import bundle from "virtual:rules-bundle";
import crossReferencesJson from "../../../rules/model/crossrefs.json";
import type { CrossReferences } from "../../engine/crossrefs";
import {
  deploymentModel2025Of,
  domains2025,
  findCell2025,
  indexCells2025,
  mapTo2025,
  type ResolvedCell2025,
} from "../../engine/framework-2025";
import { indexCells } from "../../engine/responsibilities";
import {
  DEPLOYMENT_MODELS,
  DEPLOYMENT_MODELS_2025,
  type DeploymentModel2025Id,
  type DeploymentModelId,
  type Domain2025Id,
  type FrameworkVersion,
  type ResponsibilityModel2025,
} from "../../engine/types";
import type { MatrixSource } from "./MatrixTable";

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the rules bundle has no ${what}`);
  return value;
}

export const model2025: ResponsibilityModel2025 = required(bundle.model2025, "2025 model");
const cells = indexCells2025(indexCells(bundle.model), model2025);
export const domainList2025 = domains2025(bundle.model, model2025);
/** Checked by the rules loader at build time (rules/schema/crossrefs.schema.json). */
export const crossReferences = crossReferencesJson as unknown as CrossReferences;

export function cell2025Of(domain: Domain2025Id, column: DeploymentModel2025Id): ResolvedCell2025 {
  return required(findCell2025(cells, domain, column), `2025 cell ${domain} x ${column}`);
}

export const column2025Of = (id: DeploymentModel2025Id) => deploymentModel2025Of(model2025, id);

export function domain2025Of(id: Domain2025Id) {
  return required(
    domainList2025.find((d) => d.id === id),
    `domain ${id}`,
  );
}

export const SOURCE_2025: MatrixSource<Domain2025Id, DeploymentModel2025Id> = {
  domains: domainList2025,
  models: model2025.deploymentModels,
  ownerOf: (domain, column) => cell2025Of(domain, column).owner,
};

export function isColumn2025(value: string | null): value is DeploymentModel2025Id {
  return value !== null && (DEPLOYMENT_MODELS_2025 as readonly string[]).includes(value);
}

export function isModel2024(value: string | null): value is DeploymentModelId {
  return value !== null && (DEPLOYMENT_MODELS as readonly string[]).includes(value);
}

/** The 2025 column a 2024 deployment model becomes, by the mapping rule (services of other categories). */
export const column2025For = (from: DeploymentModelId) => mapTo2025(model2025, "", from);

/** `?framework=2025` picks the revision; anything else is the 2024 model. */
export function readFramework(search: string): FrameworkVersion {
  return new URLSearchParams(search).get("framework") === "2025" ? "2025" : "2024";
}
