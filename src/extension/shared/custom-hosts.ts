import {
  contentScriptMatches,
  coveringHost,
  hasTrailingDotHosts,
  hostAndParents,
  hostMatchPattern,
  patternParts,
  withTrailingDotHosts,
} from "../../engine/match-pattern";
import type { ManagedPolicy } from "../../engine/policy/types";

/**
 * Match patterns for the hosts of the policy's custom services (host and subdomains, as the
 * catalog's): what the admin page asks the user to grant. Where the manifest lists trailing-dot
 * twins (`manifestMatches`, the Firefox build), each host's twin too: Firefox keeps the dot
 * ("https://llm.contoso.example./" has host "llm.contoso.example.") and grants it separately, so
 * without the twin that spelling of a custom host would have no badge, notice or paste guard.
 */
export function customHostPatterns(policy: ManagedPolicy, manifestMatches: readonly string[] = []): string[] {
  const patterns = new Set<string>();
  for (const service of policy.customServices ?? []) {
    for (const rule of service.match) patterns.add(hostMatchPattern(rule.host));
  }
  const sorted = [...patterns].sort();
  return hasTrailingDotHosts(manifestMatches) ? withTrailingDotHosts(sorted) : sorted;
}

/** Where the manifest's content scripts also run for custom services, and where they must not. */
export interface CustomScriptMatches {
  matches: string[];
  /** The manifest's own patterns inside those hosts: its scripts already run there, once is enough. */
  excludeMatches: string[];
}

const ALL_HOSTS = new Set(["*://*/*", "<all_urls>"]);

/** Hosts given by "*://*.HOST/*" patterns (what the admin page requests, and the manifest's whole hosts). */
function wholeHosts(patterns: readonly string[]): Set<string> {
  const hosts = new Set<string>();
  for (const pattern of patterns) {
    const parts = patternParts(pattern);
    if (parts?.path === "/*") hosts.add(parts.host);
  }
  return hosts;
}

/**
 * The patterns at which the content scripts should run for the policy's custom services, as the
 * manifest has them for catalog hosts (whole hosts, or only the listed paths; the Firefox build's
 * trailing-dot twins where the manifest has them): only on hosts the user granted (`granted`, the
 * browser's granted origins), and never where the manifest's scripts (`manifestMatches`) already
 * run, so no page gets a script twice (a custom service under a catalog host, or claiming one).
 */
export function customScriptMatches(
  policy: ManagedPolicy,
  granted: readonly string[],
  manifestMatches: readonly string[],
): CustomScriptMatches {
  let candidates = contentScriptMatches(policy.customServices ?? []);
  if (hasTrailingDotHosts(manifestMatches)) candidates = withTrailingDotHosts(candidates);
  const all = granted.some((pattern) => ALL_HOSTS.has(pattern));
  const grantedHosts = wholeHosts(granted);
  const manifestHosts = wholeHosts(manifestMatches);
  const matches = candidates.filter((pattern) => {
    const host = patternParts(pattern)?.host;
    if (host === undefined || coveringHost(host, manifestHosts) !== null) return false;
    return all || coveringHost(host, grantedHosts) !== null;
  });
  const hosts = new Set(matches.map((pattern) => patternParts(pattern)?.host as string));
  // A manifest pattern overlaps a custom one when either host is under the other: under a custom
  // host, or (only the paths of a shared host, the rest of it being the custom service's) above it.
  const exclude = new Set<string>();
  const byPathHost = new Map<string, string[]>();
  for (const pattern of manifestMatches) {
    const parts = patternParts(pattern);
    if (parts === null) continue;
    if (coveringHost(parts.host, hosts) !== null) exclude.add(pattern);
    else if (parts.path !== "/*") byPathHost.set(parts.host, [...(byPathHost.get(parts.host) ?? []), pattern]);
  }
  for (const host of hosts) {
    for (const parent of hostAndParents(host)) for (const pattern of byPathHost.get(parent) ?? []) exclude.add(pattern);
  }
  return { matches, excludeMatches: [...exclude].sort() };
}
