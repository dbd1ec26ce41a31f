/**
 * Catalogs of any size, shaped like the real one: mostly plain hosts (apex or one or two
 * subdomains deep), some "*." tenant wildcards, and path rules on a pool of shared hosts (the way
 * github.com/copilot sits beside the rest of github.com).
 */
import { DEPLOYMENT_MODELS, type MatchRule, type Service } from "../src/engine/types";
import { createRandom, type Random } from "./random";
import { label, word } from "./words";

const TLDS = ["com", "com", "com", "ai", "ai", "io", "net", "org", "dev", "app", "co", "co.uk", "de", "cn", "jp"];
const WILDCARD_SHARE = 0.08;
const PATH_SHARE = 0.08;

function hostname(random: Random): string {
  const apex = `${label(random)}.${random.pick(TLDS)}`;
  const roll = random.next();
  if (roll < 0.6) return apex;
  if (roll < 0.9) return `${label(random)}.${apex}`;
  return `${label(random)}.${label(random)}.${apex}`;
}

function uniqueHost(random: Random, taken: Set<string>): string {
  for (;;) {
    const host = hostname(random);
    if (!taken.has(host)) {
      taken.add(host);
      return host;
    }
  }
}

function pathRule(random: Random, sharedHosts: readonly string[], taken: Set<string>): MatchRule {
  for (;;) {
    const host = random.pick(sharedHosts);
    const path = `/${word(random)}-${label(random)}`;
    const claim = `${host}${path}`;
    if (taken.has(claim)) continue;
    taken.add(claim);
    return { host, paths: [path] };
  }
}

/** `ruleCount` host rules spread over services of one to four rules each. */
export function syntheticServices(ruleCount: number, seed: number): Service[] {
  const random = createRandom(seed);
  const taken = new Set<string>();
  const sharedHosts = Array.from({ length: Math.max(4, Math.ceil(ruleCount / 100)) }, () => uniqueHost(random, taken));
  const services: Service[] = [];
  let made = 0;
  while (made < ruleCount) {
    const match: MatchRule[] = [];
    const count = Math.min(1 + random.int(4), ruleCount - made);
    for (let r = 0; r < count; r++) {
      const roll = random.next();
      if (roll < PATH_SHARE) match.push(pathRule(random, sharedHosts, taken));
      else if (roll < PATH_SHARE + WILDCARD_SHARE) match.push({ host: `*.${uniqueHost(random, taken)}` });
      else match.push({ host: uniqueHost(random, taken) });
    }
    made += count;
    const n = services.length;
    services.push({
      id: `synthetic-${n}`,
      name: `Synthetic service ${n}`,
      vendor: `Vendor ${n % 97}`,
      category: "chat",
      deploymentModel: random.pick(DEPLOYMENT_MODELS),
      match,
      source: "https://example.org/synthetic",
      reviewed: "2026-01-01",
    });
  }
  return services;
}

export function ruleCountOf(services: readonly Service[]): number {
  let count = 0;
  for (const service of services) count += service.match.length;
  return count;
}
