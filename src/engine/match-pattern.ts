/** How a catalog host rule reads in other syntaxes (WebExtension match patterns, DNS lists). */
import type { MatchRule } from "./types";

/** The host without a leading "*." ("*.openai.azure.com" -> "openai.azure.com"). */
export function bareHost(host: string): string {
  return host.startsWith("*.") ? host.slice(2) : host;
}

/** "chatgpt.com" and "*.openai.azure.com" both become "*://*.HOST/*" (host and subdomains). */
export function hostMatchPattern(host: string): string {
  return `*://*.${bareHost(host)}/*`;
}

/** Content-script patterns: whole hosts, or only the AI paths of shared hosts. */
export function contentScriptMatches(services: readonly { match: readonly MatchRule[] }[]): string[] {
  const patterns = new Set<string>();
  for (const service of services) {
    for (const rule of service.match) {
      const base = hostMatchPattern(rule.host).slice(0, -2);
      if (rule.paths === undefined) patterns.add(`${base}/*`);
      else for (const path of rule.paths) patterns.add(`${base}${path.replace(/\/$/, "")}*`);
    }
  }
  return [...patterns].sort();
}

const TRAILING_DOT_HOST = /^(\*:\/\/[^/]+)\//;

/**
 * Firefox keeps a hostname's trailing dot ("https://chatgpt.com./" has host "chatgpt.com.") and its
 * match patterns compare hosts as written, so "*.chatgpt.com" does not cover it; Chromium drops
 * the dot before matching. For Firefox each pattern also gets its trailing-dot twin
 * ("*://*.chatgpt.com./*"), so the extension sees, badges and notices that spelling too.
 */
export function withTrailingDotHosts(patterns: readonly string[]): string[] {
  const twins = patterns.map((pattern) => pattern.replace(TRAILING_DOT_HOST, "$1./"));
  return [...new Set([...patterns, ...twins])].sort();
}

/** Whether a list of patterns holds trailing-dot twins (a Firefox build's manifest does). */
export function hasTrailingDotHosts(patterns: readonly string[]): boolean {
  return patterns.some((pattern) => /^\*:\/\/[^/]+\.\//.test(pattern));
}

/** A "*://*.HOST/PATH" pattern in parts; null for any other shape (schemes, bare "*" hosts). */
export function patternParts(pattern: string): { host: string; path: string } | null {
  const parts = /^\*:\/\/\*\.([^/*]+)(\/.*)$/.exec(pattern);
  return parts === null ? null : { host: parts[1] as string, path: parts[2] as string };
}

/** The host and each parent on whole labels: "a.b.example" -> ["a.b.example", "b.example", "example"]. */
export function hostAndParents(host: string): string[] {
  const list = [host];
  for (let dot = host.indexOf("."); dot !== -1; dot = host.indexOf(".", dot + 1)) list.push(host.slice(dot + 1));
  return list;
}

/** The entry of `hosts` that is `host` or a parent of it on whole labels, or null. */
export function coveringHost(host: string, hosts: ReadonlySet<string>): string | null {
  return hostAndParents(host).find((h) => hosts.has(h)) ?? null;
}
