import { type Mapping2025, mapTo2025, type ResolvedCell2025, responsibilities2025 } from "./framework-2025";
import { keyActions } from "./key-actions";
import { type PlanData, planData } from "./plan-data";
import { type Responsibility, responsibilitiesFor } from "./responsibilities";
import type {
  AnyDeploymentModelId,
  DeploymentModelId,
  FrameworkVersion,
  Match,
  ResponsibilityModel,
  ResponsibilityModel2025,
  ServiceVariant,
} from "./types";

/** Why the deployment model shown is the one it is. */
export type ModelSource = "catalog" | "variant" | "policy";

/** Everything shown for a matched service: the same object feeds the popup and the CLI. */
interface VerdictCore {
  serviceId: string;
  name: string;
  vendor: string;
  category: string;
  /** A 2024 deployment model, or with framework "2025" a 2025 column (saas, embedded, agentic...). */
  deploymentModel: AnyDeploymentModelId;
  modelSource: ModelSource;
  variantId: string | null;
  matchedRule: { host: string; path?: string };
  responsibilities: Responsibility[];
  /** Which version of the framework the deployment model and responsibilities come from. */
  framework: FrameworkVersion;
  /** Framework 2025: the 2024 model the column was derived from, and by which rule. */
  mapping?: Mapping2025;
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

/** The 2025 revision and its resolved cells, for verdicts in that version. */
export interface Framework2025Context {
  model: ResponsibilityModel2025;
  cells: Map<string, ResolvedCell2025>;
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
  revision2025: Framework2025Context | null = null,
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
  const verdict: Verdict = {
    serviceId: match.service.id,
    name: match.service.name,
    vendor: match.service.vendor,
    category: match.service.category,
    deploymentModel,
    modelSource,
    variantId: variant?.id ?? null,
    matchedRule,
    responsibilities: [],
    framework: revision2025 === null ? "2024" : "2025",
    keyActions: [],
    // The plan's data use and facts follow the 2024 model: the 2025 column only regroups it.
    ...planData(match.service, variant, deploymentModel),
  };
  if (revision2025 === null) {
    verdict.responsibilities = responsibilitiesFor(model, cells, deploymentModel, target);
  } else {
    const mapping = mapTo2025(revision2025.model, match.service.category, deploymentModel);
    verdict.deploymentModel = mapping.model;
    verdict.mapping = mapping;
    verdict.responsibilities = responsibilities2025(
      model,
      revision2025.model,
      revision2025.cells,
      mapping.model,
      target,
    );
  }
  verdict.keyActions = keyActions(verdict.responsibilities);
  return verdict;
}
