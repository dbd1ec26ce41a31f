/** Shapes of the data in rules/ (mirrors rules/schema/*.schema.json) and of the engine's answers. */

export const DEPLOYMENT_MODELS = [
  "public-saas",
  "public-api",
  "private-saas",
  "private-api",
  "code-copilot",
  "paas",
  "iaas",
  "on-prem",
] as const;
export type DeploymentModelId = (typeof DEPLOYMENT_MODELS)[number];

export const DOMAINS = [
  "application-security",
  "ai-ethics-safety",
  "user-access-control",
  "model-security",
  "data-privacy",
  "data-security",
  "monitoring-logging",
  "compliance-governance",
  "supply-chain-security",
  "network-security",
  "infrastructure-security",
  "incident-response",
] as const;
export type DomainId = (typeof DOMAINS)[number];

/** Service categories (rules/schema/services.schema.json). */
export const CATEGORIES = [
  "chat",
  "api",
  "code",
  "ml-platform",
  "image",
  "video",
  "audio",
  "writing",
  "search",
  "agents",
  "productivity",
  "model-hub",
  "meeting",
  "translation",
  "voice",
  "local-runtime",
  "embedded",
  "mcp",
  "companion",
  "detector",
] as const;

export type Owner = "provider" | "shared" | "customer";
export type Provenance = "seed-text" | "author-2025" | "inferred";

export interface MatchRule {
  host: string;
  paths?: string[];
}

/** Whether input may train the provider's models (rules/schema/services.schema.json, trainingAnswer). */
export const TRAINING_ANSWERS = ["opt-out", "yes", "opt-in", "no", "self-hosted", "unknown"] as const;
export type TrainingAnswer = (typeof TRAINING_ANSWERS)[number];

/** What the provider does with input on one plan; known answers carry their source and read date. */
export interface DataUse {
  training: TrainingAnswer;
  plans?: string;
  optOut?: string;
  retention?: string;
  source?: string;
  read?: string;
  /** The archived copy that was read (rules/schema/services.schema.json, $defs.archive). */
  archive?: string;
  /** Set by the build, never in rules files: the source is a third party quoting the vendor. */
  secondHand?: boolean;
}

export interface Jurisdiction {
  /** ISO 3166-1 alpha-2. */
  vendorCountry: string;
  processing?: string;
  source: string;
  read: string;
  archive?: string;
}

/** A sourced fact a user should know ("data is processed in the PRC"). */
export interface SourcedFact {
  text: string;
  source: string;
  read: string;
  archive?: string;
  /** Set by the build, never in rules files: the source is a third party quoting the vendor. */
  secondHand?: boolean;
}

export interface ServiceVariant {
  id: string;
  name: string;
  deploymentModel: DeploymentModelId;
  description: string;
  dataUse?: DataUse;
  facts?: SourcedFact[];
}

export interface Service {
  id: string;
  name: string;
  vendor: string;
  category: string;
  deploymentModel: DeploymentModelId;
  match: MatchRule[];
  variants?: ServiceVariant[];
  dataUse?: DataUse;
  jurisdiction?: Jurisdiction;
  facts?: SourcedFact[];
  source: string;
  reviewed: string;
  note?: string;
}

export interface DeploymentModel {
  id: DeploymentModelId;
  name: string;
  summary: string;
  examples: string[];
  risk: "moderate" | "moderate-high" | "high" | "highest-control";
  riskProfile: string;
  controlShift: string;
  badge: { text: string; color: string };
}

export interface Domain {
  id: DomainId;
  name: string;
  definition: string;
  admin: string[];
}

/** Whom a Do / Don't line is for: the person at the keyboard, or the organisation's IT and security team. */
export type Audience = "you" | "organisation";

/** One Do / Don't line (rules/schema/matrix.schema.json, $defs/line). 3 = matters most. */
export interface GuidanceLine {
  text: string;
  for: Audience;
  weight: 1 | 2 | 3;
}

/** Lines that add to or replace a domain's lines for one category or service (rules/guidance/). */
export interface GuidanceRefinement {
  category?: string;
  service?: string;
  models?: DeploymentModelId[];
  domain: DomainId;
  replace?: boolean;
  why: string;
  do?: GuidanceLine[];
  dont?: GuidanceLine[];
}

export interface CellGuidance {
  do?: GuidanceLine[];
  dont?: GuidanceLine[];
  providerDoes?: string;
  youCheck?: string;
}

export interface Cell {
  domain: DomainId;
  model: DeploymentModelId;
  owner: Owner;
  provenance: Provenance;
  reason: string;
  guidance: CellGuidance;
}

export interface Framework {
  title: string;
  author: string;
  source: string;
  revisionSource?: string;
  caveats: { id: string; text: string }[];
  notCovered: { topic: string; text: string }[];
}

/** The responsibility model: everything in rules/model/. */
export interface ResponsibilityModel {
  deploymentModels: DeploymentModel[];
  domains: Domain[];
  cells: Cell[];
  framework: Framework;
  /** Category and service refinements of the Do / Don't lines (rules/guidance/). */
  refinements?: GuidanceRefinement[];
}

/** Everything the extension ships from rules/. */
export interface RulesBundle {
  services: Service[];
  model: ResponsibilityModel;
  /** The 2025 revision, for engines that a policy or the CLI sets to it. */
  model2025?: ResponsibilityModel2025;
}

/** Which rule of which service matched a URL: enough for the UI to say why. */
export interface Match {
  service: Service;
  /** The rule's host pattern as written in rules/ (e.g. "*.openai.azure.com"). */
  host: string;
  /** The path prefix that matched, when the rule has paths. */
  path?: string;
}

/* ---- Framework versions: the author's 2025 revision beside the 2024 model (rules/model/2025/) ---- */

export const FRAMEWORK_VERSIONS = ["2024", "2025"] as const;
export type FrameworkVersion = (typeof FRAMEWORK_VERSIONS)[number];
export const DEFAULT_FRAMEWORK_VERSION: FrameworkVersion = "2024";

export const DEPLOYMENT_MODELS_2025 = [
  "saas",
  "paas",
  "iaas",
  "on-prem",
  "embedded",
  "agentic",
  "ai-coding",
  "mcp",
] as const;
export type DeploymentModel2025Id = (typeof DEPLOYMENT_MODELS_2025)[number];
export type AnyDeploymentModelId = DeploymentModelId | DeploymentModel2025Id;

export const NEW_DOMAINS_2025 = [
  "agent-governance",
  "code-generation-security",
  "context-pollution-protection",
  "multi-system-integration",
] as const;
export const DOMAINS_2025 = [...DOMAINS, ...NEW_DOMAINS_2025] as const;
export type Domain2025Id = (typeof DOMAINS_2025)[number];

/** The 2025 revision marks some domains as not applicable to a deployment model. */
export type CellOwner = Owner | "not-applicable";

export interface DeploymentModel2025 extends Omit<DeploymentModel, "id"> {
  id: DeploymentModel2025Id;
}

export interface Domain2025 extends Omit<Domain, "id"> {
  id: Domain2025Id;
}

export interface Cell2025 {
  domain: Domain2025Id;
  model: DeploymentModel2025Id;
  owner: CellOwner;
  provenance: "author-2025";
  /** The 2024 column this cell repeats with the same owner: its reason and guidance apply. */
  sameAs2024?: DeploymentModelId;
  reason?: string;
  criticalFocus?: true;
  /** Where the author's own texts disagree on this cell, and which one we follow. */
  note?: string;
  guidance?: CellGuidance;
}

export interface FrameworkMapping {
  summary: string;
  byCategory: { category: string; model: DeploymentModel2025Id; reason: string }[];
  byModel: { from: DeploymentModelId; model: DeploymentModel2025Id; risk: DeploymentModel["risk"]; reason: string }[];
}

export interface Framework2025 {
  version: "2025";
  title: string;
  author: string;
  source: string;
  pinned: {
    repository: string;
    tag: string;
    commit: string;
    committed: string;
    licence: string;
    read: string;
    statement: string;
  };
  disagreements: { cell: string; text: string; source: string }[];
  mapping: FrameworkMapping;
  caveats: { id: string; text: string }[];
}

/** The 2025 revision: eight columns, the twelve domains plus four, and the mapping from 2024. */
export interface ResponsibilityModel2025 {
  deploymentModels: DeploymentModel2025[];
  /** The four new domains only; the twelve others are the 2024 model's. */
  newDomains: Domain2025[];
  cells: Cell2025[];
  framework: Framework2025;
}
