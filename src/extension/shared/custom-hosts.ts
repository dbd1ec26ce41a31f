import type { ManagedPolicy } from "../../engine/policy/types";

/** Match patterns for the hosts of the policy's custom services (host and subdomains, as the catalog's). */
export function customHostPatterns(policy: ManagedPolicy): string[] {
  const patterns = new Set<string>();
  for (const service of policy.customServices ?? []) {
    for (const rule of service.match) {
      const bare = rule.host.startsWith("*.") ? rule.host.slice(2) : rule.host;
      patterns.add(`*://*.${bare}/*`);
    }
  }
  return [...patterns].sort();
}
