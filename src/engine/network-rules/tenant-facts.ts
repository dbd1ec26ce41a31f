/** The vendors' tenant-restriction headers (rules/tenant-restrictions.json, schema-checked by rules:check). */
import facts from "../../../rules/tenant-restrictions.json";

export type TenantHeaderId =
  | "chatgpt-workspace"
  | "openai-api-organization"
  | "anthropic-organization"
  | "github-enterprise"
  | "microsoft-trv2"
  | "microsoft-v1-tenants"
  | "microsoft-v1-context"
  | "microsoft-consumer-accounts";

export interface TenantHeaderFact {
  id: TenantHeaderId;
  vendor: string;
  product: string;
  header: string;
  value: string;
  hosts: string[];
  source: string;
  read: string;
  note?: string;
}

export interface TenantPathFact {
  id: "chatgpt-logged-out";
  vendor: string;
  what: string;
  host: string;
  path: string;
  source: string;
  read: string;
  note?: string;
}

export const TENANT_HEADERS = facts.headers as TenantHeaderFact[];
export const TENANT_PATHS = facts.paths as TenantPathFact[];
export const GOOGLE_ALLOWED_DOMAINS = facts.google;

export function tenantHeader(id: TenantHeaderId): TenantHeaderFact {
  const fact = TENANT_HEADERS.find((f) => f.id === id);
  if (fact === undefined) throw new Error(`rules/tenant-restrictions.json has no header "${id}"`);
  return fact;
}

/** Every host a tenant header is set on (the manifest needs host access to each). */
export function tenantHosts(): string[] {
  return [...new Set([...TENANT_HEADERS.flatMap((f) => f.hosts), ...TENANT_PATHS.map((p) => p.host)])].sort();
}
