/** Classifies what a person or a script passes to the CLI: URLs or bare hostnames. */
import type { Engine } from "../engine/engine";
import type { Responsibility } from "../engine/responsibilities";
import type { DataUse, DeploymentModelId, Jurisdiction, SourcedFact } from "../engine/types";
import { toUrlString } from "../engine/url-parts";
import type { VerdictChoices } from "../engine/verdict";

export interface ClassifyResult {
  input: string;
  service: string | null;
  name: string | null;
  vendor: string | null;
  category: string | null;
  deploymentModel: DeploymentModelId | null;
  deploymentModelName: string | null;
  modelSource: string | null;
  matchedRule: { host: string; path?: string } | null;
  /** The plan (variant) shown, or null for the service's default plan. */
  plan: string | null;
  /** What is true for that plan: training, retention, opt-out, with source. */
  dataUse: DataUse | null;
  /** The three actions that matter most for the person at the keyboard. */
  keyActions: string[];
  facts: SourcedFact[];
  jurisdiction: Jurisdiction | null;
  /** Each Do / Don't line carries its audience ("for") and "weight". */
  responsibilities: Responsibility[];
  error?: string;
}

function isWebAddress(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}

function empty(input: string, error?: string): ClassifyResult {
  const result: ClassifyResult = {
    input,
    service: null,
    name: null,
    vendor: null,
    category: null,
    deploymentModel: null,
    deploymentModelName: null,
    modelSource: null,
    matchedRule: null,
    plan: null,
    dataUse: null,
    keyActions: [],
    facts: [],
    jurisdiction: null,
    responsibilities: [],
  };
  if (error !== undefined) result.error = error;
  return result;
}

export function classifyInput(
  engine: Engine,
  input: string,
  choicesFor: (serviceId: string) => VerdictChoices = () => ({}),
): ClassifyResult {
  const url = toUrlString(input);
  if (url === null || !isWebAddress(url)) return empty(input, "not a web address: give an http(s) URL or a hostname");
  const match = engine.match(url);
  if (match === null) return empty(input);
  const verdict = engine.verdict(match, choicesFor(match.service.id));
  const model = engine.model.deploymentModels.find((m) => m.id === verdict.deploymentModel);
  return {
    input,
    service: verdict.serviceId,
    name: verdict.name,
    vendor: verdict.vendor,
    category: verdict.category,
    deploymentModel: verdict.deploymentModel,
    deploymentModelName: model?.name ?? null,
    modelSource: verdict.modelSource,
    matchedRule: verdict.matchedRule,
    plan: verdict.variantId,
    dataUse: verdict.dataUse,
    keyActions: verdict.keyActions,
    facts: verdict.facts,
    jurisdiction: verdict.jurisdiction,
    responsibilities: verdict.responsibilities,
  };
}
