import { keyActions } from "./key-actions";
import { type PlanData, planData } from "./plan-data";
import { type Responsibility, responsibilitiesFor } from "./responsibilities";
import type { DeploymentModelId, Match, ResponsibilityModel, ServiceVariant } from "./types";

/** Why the deployment model shown is the one it is. */
export type ModelSource = "catalog" | "variant" | "policy";

/** Everything shown for a matched service: the same object feeds the popup and the CLI. */
interface VerdictCore {
  serviceId: string;
  name: string;
  vendor: string;
  category: string;
  deploymentModel: DeploymentModelId;
  modelSource: ModelSource;
  variantId: string | null;
  matchedRule: { host: string; path?: string };
  responsibilities: Responsibility[];
  /** The three lines that matter most for the person at the keyboard, as sentences. */
  keyActions: string[];
}

/** A verdict carries what is true for the plan in use (data use, facts, jurisdiction). */
export type Verdict = VerdictCore & PlanData;

export interface VerdictChoices {
  /** A variant the user (or the admin) picked. Unknown ids are ignored. */
  variantId?: string | null;
  /** Set by admin policy: beats the variant and the catalog. */
  modelOverride?: DeploymentModelId | null;
}

export function findVariant(match: Match, variantId: string | null | undefined): ServiceVariant | null {
  if (variantId === null || variantId === undefined) return null;
  return match.service.variants?.find((v) => v.id === variantId) ?? null;
}

export function buildVerdict(
  match: Match,
  model: ResponsibilityModel,
  cells: Parameters<typeof responsibilitiesFor>[1],
  choices: VerdictChoices = {},
): Verdict {
  const variant = findVariant(match, choices.variantId);
  let deploymentModel = match.service.deploymentModel;
  let modelSource: ModelSource = "catalog";
  if (variant !== null) {
    deploymentModel = variant.deploymentModel;
    modelSource = "variant";
  }
  if (choices.modelOverride) {
    deploymentModel = choices.modelOverride;
    modelSource = "policy";
  }
  const matchedRule: Verdict["matchedRule"] = { host: match.host };
  if (match.path !== undefined) matchedRule.path = match.path;
  const target = { serviceId: match.service.id, category: match.service.category };
  const responsibilities = responsibilitiesFor(model, cells, deploymentModel, target);
  return {
    serviceId: match.service.id,
    name: match.service.name,
    vendor: match.service.vendor,
    category: match.service.category,
    deploymentModel,
    modelSource,
    variantId: variant?.id ?? null,
    matchedRule,
    responsibilities,
    keyActions: keyActions(responsibilities),
    ...planData(match.service, variant, deploymentModel),
  };
}
