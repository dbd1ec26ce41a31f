/** Shapes of rules/model/crossrefs.json (rules/schema/crossrefs.schema.json): lists a security team checks against. */
import type { AnyDeploymentModelId, Domain2025Id, FrameworkVersion } from "./types";

export interface CrossRefSource {
  title: string;
  url: string;
  read: string;
}

export interface CrossRefEntry {
  id: string;
  name: string;
}

export interface CrossReferences {
  note: string;
  sources: Record<"aws-scoping" | "owasp-llm" | "owasp-agentic" | "nist-600-1", CrossRefSource>;
  awsScopes: { scope: number; name: string }[];
  owaspLlm: CrossRefEntry[];
  owaspAgentic: CrossRefEntry[];
  nistRisks: CrossRefEntry[];
  models: { framework: FrameworkVersion; model: AnyDeploymentModelId; awsScopes: number[]; note?: string }[];
  domains: { domain: Domain2025Id; owaspLlm: string[]; owaspAgentic: string[]; nistRisks: string[] }[];
}
