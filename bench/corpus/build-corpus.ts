/**
 * The fixed, seeded corpus a catalog is measured with. Shaped like real browsing: about 85% of
 * navigations are misses (everyday sites, deep CDN subdomains, lookalikes, IDN, odd URLs, shared
 * hosts outside their AI paths), about 15% hit the catalog (apex, www, deep subdomains, paths).
 * IDN hosts are 1%: rare in real browsing, and each costs a `new URL()` (see docs/performance.md).
 */
import type { MatchRule, Service } from "../../src/engine/types";
import { createRandom, shuffle } from "../random";
import { hitUrl, sharedHostMissUrl } from "./hits";
import { deepSubdomainUrl, idnUrl, lookalikeUrl, oddUrl, popularSiteUrl } from "./misses";

export const CORPUS_SIZE = 20_000;

/** Share of the corpus per kind of URL (adds up to 1). */
const MIX = {
  hit: 0.15,
  sharedHostMiss: 0.03,
  lookalike: 0.1,
  idn: 0.01,
  odd: 0.03,
  deepSubdomain: 0.07,
  popular: 0.61,
} as const;

export function buildCorpus(services: readonly Service[], seed: number, size = CORPUS_SIZE): string[] {
  const random = createRandom(seed);
  const rules: MatchRule[] = services.flatMap((s) => s.match);
  const pathRules = rules.filter((r) => r.paths !== undefined);
  const urls: string[] = [];
  const add = (share: number, make: () => string) => {
    for (let i = Math.round(size * share); i > 0; i--) urls.push(make());
  };
  add(MIX.hit, () => hitUrl(random.pick(rules), random));
  add(MIX.sharedHostMiss, () =>
    pathRules.length > 0 ? sharedHostMissUrl(random.pick(pathRules), random) : popularSiteUrl(random),
  );
  add(MIX.lookalike, () => lookalikeUrl(random.pick(rules).host, random));
  add(MIX.idn, () => idnUrl(random));
  add(MIX.odd, () => oddUrl(random));
  add(MIX.deepSubdomain, () => deepSubdomainUrl(random));
  while (urls.length < size) urls.push(popularSiteUrl(random));
  // Flat strings, like the URLs a browser hands over: the template literals above make rope
  // strings, which V8 would flatten during the first timed call instead.
  return JSON.parse(JSON.stringify(shuffle(urls, random))) as string[];
}
