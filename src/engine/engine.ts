import { classifyUrl } from "./classify";
import { deploymentModel2025Of, indexCells2025 } from "./framework-2025";
import { buildHostIndex, type HostIndex } from "./host-index";
import { indexCells } from "./responsibilities";
import {
  type Cell,
  DEFAULT_FRAMEWORK_VERSION,
  type DeploymentModel,
  type DeploymentModel2025,
  type FrameworkVersion,
  type Match,
  type ResponsibilityModel,
  type ResponsibilityModel2025,
  type Service,
} from "./types";
import { buildVerdict, type Framework2025Context, type Verdict, type VerdictChoices } from "./verdict";

/** The compiled catalog and model, built once and shared by every lookup. */
export interface Engine {
  readonly index: HostIndex;
  readonly model: ResponsibilityModel;
  readonly services: ReadonlyMap<string, Service>;
  /** The framework version every verdict of this engine uses. */
  readonly framework: FrameworkVersion;
  match(url: string): Match | null;
  verdict(match: Match, choices?: VerdictChoices): Verdict;
  /** The verdict's deployment model as shown: a 2025 column keeps the risk level of the 2024 model it came from. */
  describeModel(verdict: Verdict): DeploymentModel | DeploymentModel2025;
}

export interface EngineOptions {
  /** "2024" (default) or "2025"; "2025" needs `model2025`. */
  framework?: FrameworkVersion;
  model2025?: ResponsibilityModel2025;
}

export function createEngine(
  services: readonly Service[],
  model: ResponsibilityModel,
  options: EngineOptions = {},
): Engine {
  const framework = options.framework ?? DEFAULT_FRAMEWORK_VERSION;
  const index = buildHostIndex(services);
  const cells: Map<string, Cell> = indexCells(model);
  const byId = new Map(services.map((s) => [s.id, s]));
  let revision: Framework2025Context | null = null;
  if (framework === "2025") {
    if (options.model2025 === undefined) throw new Error("framework 2025 needs the 2025 model (rules/model/2025)");
    revision = { model: options.model2025, cells: indexCells2025(cells, options.model2025) };
  }
  // The badge's calm colour follows the risk level, so a 2025 column that keeps a plan's risk keeps its colour.
  const colourByRisk = new Map<string, string>();
  for (const m of model.deploymentModels) if (!colourByRisk.has(m.risk)) colourByRisk.set(m.risk, m.badge.color);
  const describeModel = (verdict: Verdict): DeploymentModel | DeploymentModel2025 => {
    if (revision !== null && verdict.mapping !== undefined) {
      const column = deploymentModel2025Of(revision.model, verdict.mapping.model);
      const color = colourByRisk.get(verdict.mapping.risk) ?? column.badge.color;
      return { ...column, risk: verdict.mapping.risk, badge: { ...column.badge, color } };
    }
    const found = model.deploymentModels.find((m) => m.id === verdict.deploymentModel);
    if (found === undefined) throw new Error(`unknown deployment model ${verdict.deploymentModel}`);
    return found;
  };
  return {
    index,
    model,
    services: byId,
    framework,
    match: (url) => classifyUrl(index, url),
    verdict: (match, choices) => buildVerdict(match, model, cells, choices, revision),
    describeModel,
  };
}
