/** tenantRestrictions -> the header values per vendor fact, and the logged-out ChatGPT block. */
import type { TenantRestrictions } from "../policy/types";
import { TENANT_PATHS, type TenantHeaderId, tenantHeader } from "./tenant-facts";

export interface PinnedHeader {
  factId: TenantHeaderId;
  header: string;
  value: string;
  hosts: string[];
}

/** The headers a policy pins, each with its exact value (ids were validated per vendor). */
export function pinnedHeaders(pinned: TenantRestrictions | undefined): PinnedHeader[] {
  if (pinned === undefined) return [];
  const values: [TenantHeaderId, string][] = [];
  if (pinned.chatgpt) values.push(["chatgpt-workspace", pinned.chatgpt.workspaceIds.join(",")]);
  if (pinned.openaiApi) values.push(["openai-api-organization", pinned.openaiApi.organizationIds.join(",")]);
  if (pinned.anthropic) values.push(["anthropic-organization", pinned.anthropic.organizationIds.join(",")]);
  if (pinned.github) values.push(["github-enterprise", pinned.github.enterpriseIds.join(",")]);
  const microsoft = pinned.microsoft;
  if (microsoft?.policyId !== undefined) values.push(["microsoft-trv2", `${microsoft.tenantId}:${microsoft.policyId}`]);
  if (microsoft?.allowedTenants !== undefined) {
    values.push(["microsoft-v1-tenants", microsoft.allowedTenants.join(",")]);
    values.push(["microsoft-v1-context", microsoft.tenantId]);
  }
  if (microsoft?.blockPersonalAccounts) values.push(["microsoft-consumer-accounts", "restrict-msa"]);
  return values.map(([factId, value]) => {
    const fact = tenantHeader(factId);
    return { factId, header: fact.header, value, hosts: fact.hosts };
  });
}

/** The paths a policy blocks outright (logged-out ChatGPT). */
export function blockedTenantPaths(pinned: TenantRestrictions | undefined) {
  return pinned?.chatgpt?.blockLoggedOut ? TENANT_PATHS.filter((p) => p.id === "chatgpt-logged-out") : [];
}

/** Service ids whose workspace the policy pins (the popup says the approval holds with certainty). */
export const PINNED_SERVICES: Record<keyof TenantRestrictions, string[]> = {
  chatgpt: ["chatgpt"],
  openaiApi: ["openai-platform"],
  anthropic: ["claude", "anthropic-console", "claude-code"],
  github: ["github-copilot"],
  microsoft: ["microsoft-365-copilot", "microsoft-copilot-studio"],
};

export function isWorkspacePinned(pinned: TenantRestrictions | undefined, serviceId: string): boolean {
  if (pinned === undefined) return false;
  return (Object.keys(pinned) as (keyof TenantRestrictions)[]).some((vendor) =>
    PINNED_SERVICES[vendor].includes(serviceId),
  );
}
