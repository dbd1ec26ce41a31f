import { hostMatchPattern } from "../../engine/match-pattern";
import type { ManagedPolicy } from "../../engine/policy/types";

/** Match patterns for the hosts of the policy's custom services (host and subdomains, as the catalog's). */
export function customHostPatterns(policy: ManagedPolicy): string[] {
  const patterns = new Set<string>();
  for (const service of policy.customServices ?? []) {
    for (const rule of service.match) patterns.add(hostMatchPattern(rule.host));
  }
  return [...patterns].sort();
}
