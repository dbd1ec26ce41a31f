import type {
  DataUse,
  DeploymentModel,
  DeploymentModelId,
  Jurisdiction,
  Service,
  ServiceVariant,
  SourcedFact,
} from "./types";

/** Deployment models where the organisation runs the model on machines it controls. */
const RUN_BY_ORGANISATION: ReadonlySet<DeploymentModelId> = new Set(["iaas", "on-prem"]);
/** Categories whose default plan runs the model on the user's or the organisation's own machine. */
const SELF_HOSTED_CATEGORIES: ReadonlySet<string> = new Set(["local-runtime"]);

export const SELF_HOSTED: DataUse = { training: "self-hosted" };
export const UNKNOWN_DATA_USE: DataUse = { training: "unknown" };

/** What is true for the plan in use: the chosen variant's data wins over the service's. */
export interface PlanData {
  /** The variant's name, or null for the service's default plan. */
  planName: string | null;
  /** The variant's own description, or null. */
  description: string | null;
  dataUse: DataUse;
  facts: SourcedFact[];
  jurisdiction: Jurisdiction | null;
}

/**
 * The data use for the plan shown. The variant's dataUse wins; the service's applies only to its
 * default plan and only while the model shown is the catalog's (a policy that sets another model
 * makes the consumer answer wrong). Without a sourced answer, a model the organisation runs is
 * "self-hosted"; anything else is "unknown".
 */
export function effectiveDataUse(
  service: Service,
  variant: ServiceVariant | null,
  deploymentModel: DeploymentModelId,
): DataUse {
  const owner = variant ?? service;
  // Keeps "unknown" entries' extra notes (retention, plans) when nothing better applies.
  const stated = owner.deploymentModel === deploymentModel ? owner.dataUse : undefined;
  if (stated !== undefined && stated.training !== "unknown") return stated;
  if (RUN_BY_ORGANISATION.has(deploymentModel)) return SELF_HOSTED;
  if (variant === null && SELF_HOSTED_CATEGORIES.has(service.category) && deploymentModel === service.deploymentModel) {
    return SELF_HOSTED;
  }
  return stated ?? UNKNOWN_DATA_USE;
}

export function planData(
  service: Service,
  variant: ServiceVariant | null,
  deploymentModel: DeploymentModelId,
): PlanData {
  return {
    planName: variant?.name ?? null,
    description: variant?.description ?? null,
    dataUse: effectiveDataUse(service, variant, deploymentModel),
    facts: [...((variant === null ? service.facts : variant.facts) ?? [])],
    jurisdiction: service.jurisdiction ?? null,
  };
}

/** The plan picker's first option: "personal or free plan" only where the default plan is one. */
export function defaultPlanLabel(service: Service, model: DeploymentModel): string {
  const plans = service.dataUse?.plans;
  if (plans !== undefined) {
    // "Le Chat Free, Pro and Student" already names the product: do not say it twice.
    const named = startsWithProductName(plans, service.name);
    return `${named ? plans : `${service.name} ${plans}`} (or not sure)`;
  }
  // Consumer apps and code assistants sell personal plans beside their business ones.
  if (model.id === "public-saas" || model.id === "code-copilot") {
    return `${service.name}, personal or free plan (or not sure)`;
  }
  if (RUN_BY_ORGANISATION.has(model.id))
    return `${service.name} on your own or your organisation's machines (or not sure)`;
  return `${service.name}, ${model.name} (or not sure)`;
}

const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** True when the plans text opens with the product's first word ("Otter accounts" for "Otter.ai"). */
function startsWithProductName(plans: string, name: string): boolean {
  const product = letters(name.split(" ")[0] ?? "");
  const opening = letters(plans.split(" ")[0] ?? "");
  return opening.length > 0 && (product.startsWith(opening) || opening.startsWith(product));
}
