/**
 * The naive matcher the engine is measured against: `new URL()` on every call, then every rule in
 * turn with string suffix and prefix checks, keeping the most specific. Same answers as the
 * engine, cost linear in the number of rules.
 */
import type { Match, Service } from "../src/engine/types";

interface FlatRule {
  service: Service;
  host: string;
  /** The host to compare with, without "*.". */
  base: string;
  dotBase: string;
  wildcard: boolean;
  paths: { prefix: string; path: string }[] | null;
}

function flatten(services: readonly Service[]): FlatRule[] {
  return services.flatMap((service) =>
    service.match.map((rule) => {
      const wildcard = rule.host.startsWith("*.");
      const base = wildcard ? rule.host.slice(2) : rule.host;
      const paths = rule.paths?.map((path) => ({ path, prefix: path.toLowerCase().replace(/\/$/, "") })) ?? null;
      return { service, host: rule.host, base, dotBase: `.${base}`, wildcard, paths };
    }),
  );
}

function pathMatches(prefix: string, path: string): boolean {
  if (!path.toLowerCase().startsWith(prefix)) return false;
  return path.length === prefix.length || path[prefix.length] === "/";
}

export function createBaseline(services: readonly Service[]): (url: string) => Match | null {
  const rules = flatten(services);
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    const host = parsed.hostname.endsWith(".") ? parsed.hostname.slice(0, -1) : parsed.hostname;
    const path = parsed.pathname;
    let best: Match | null = null;
    let bestScore = -1;
    for (const rule of rules) {
      const exact = host === rule.base;
      if (!(exact && !rule.wildcard) && !host.endsWith(rule.dotBase)) continue;
      // Deeper host first; at the same host a path beats the host, the host beats "*.".
      let score = rule.base.length * 1000;
      let match: Match;
      if (rule.paths !== null) {
        let longest = -1;
        let matched: string | undefined;
        for (const p of rule.paths) {
          if (p.prefix.length > longest && pathMatches(p.prefix, path)) {
            longest = p.prefix.length;
            matched = p.path;
          }
        }
        if (matched === undefined) continue;
        score += 3 + longest;
        match = { service: rule.service, host: rule.host, path: matched };
      } else {
        score += rule.wildcard ? 1 : 2;
        match = { service: rule.service, host: rule.host };
      }
      if (score > bestScore) {
        best = match;
        bestScore = score;
      }
    }
    return best;
  };
}
