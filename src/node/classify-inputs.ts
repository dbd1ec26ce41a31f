/** Classifies what a person or a script passes to the CLI: URLs or bare hostnames. */
import type { Engine } from "../engine/engine";
import type { Responsibility } from "../engine/responsibilities";
import type { AnyDeploymentModelId, DataUse, FrameworkVersion, Jurisdiction, SourcedFact } from "../engine/types";
import { toUrlString } from "../engine/url-parts";
import type { Verdict, VerdictChoices } from "../engine/verdict";

export interface ClassifyResult {
  input: string;
  service: string | null;
  name: string | null;
  vendor: string | null;
  category: string | null;
  deploymentModel: AnyDeploymentModelId | null;
  deploymentModelName: string | null;
  /** The framework version the model and responsibilities come from. */
  framework: FrameworkVersion;
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
  /** Framework 2025 only: the 2024 model the column came from, and the rule. */
  mapping?: Verdict["mapping"];
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

function empty(input: string, framework: FrameworkVersion, error?: string): ClassifyResult {
  const result: ClassifyResult = {
    input,
    service: null,
    name: null,
    vendor: null,
    category: null,
    deploymentModel: null,
    deploymentModelName: null,
    framework,
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
  if (url === null || !isWebAddress(url))
    return empty(input, engine.framework, "not a web address: give an http(s) URL or a hostname");
  const match = engine.match(url);
  if (match === null) return empty(input, engine.framework);
  const verdict = engine.verdict(match, choicesFor(match.service.id));
  const model = engine.describeModel(verdict);
  const result: ClassifyResult = {
    input,
    service: verdict.serviceId,
    name: verdict.name,
    vendor: verdict.vendor,
    category: verdict.category,
    deploymentModel: verdict.deploymentModel,
    deploymentModelName: model.name,
    framework: verdict.framework,
    modelSource: verdict.modelSource,
    matchedRule: verdict.matchedRule,
    plan: verdict.variantId,
    dataUse: verdict.dataUse,
    keyActions: verdict.keyActions,
    facts: verdict.facts,
    jurisdiction: verdict.jurisdiction,
    responsibilities: verdict.responsibilities,
  };
  if (verdict.mapping !== undefined) result.mapping = verdict.mapping;
  return result;
}
