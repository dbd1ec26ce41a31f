import { classifyUrl } from "./classify";
import { buildHostIndex, type HostIndex } from "./host-index";
import { indexCells } from "./responsibilities";
import type { Cell, Match, ResponsibilityModel, Service } from "./types";
import { buildVerdict, type Verdict, type VerdictChoices } from "./verdict";

/** The compiled catalog and model, built once and shared by every lookup. */
export interface Engine {
  readonly index: HostIndex;
  readonly model: ResponsibilityModel;
  readonly services: ReadonlyMap<string, Service>;
  match(url: string): Match | null;
  verdict(match: Match, choices?: VerdictChoices): Verdict;
}

export function createEngine(services: readonly Service[], model: ResponsibilityModel): Engine {
  const index = buildHostIndex(services);
  const cells: Map<string, Cell> = indexCells(model);
  const byId = new Map(services.map((s) => [s.id, s]));
  return {
    index,
    model,
    services: byId,
    match: (url) => classifyUrl(index, url),
    verdict: (match, choices) => buildVerdict(match, model, cells, choices),
  };
}
