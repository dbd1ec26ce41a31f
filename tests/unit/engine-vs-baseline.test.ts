/**
 * The fast engine gives the same answer as the naive matcher (WHATWG URL parser, every rule in
 * turn) on the benchmark's seeded corpus: the real catalog and a synthetic one with wildcards and
 * shared-host paths. It guards every optimisation of url-parts.ts and host-index.ts.
 */
import { describe, expect, it } from "vitest";
import { createBaseline } from "../../bench/baseline";
import { buildCorpus } from "../../bench/corpus/build-corpus";
import { syntheticServices } from "../../bench/synthetic-catalog";
import { classifyUrl } from "../../src/engine/classify";
import { buildHostIndex } from "../../src/engine/host-index";
import type { Match, Service } from "../../src/engine/types";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const describeMatch = (m: Match | null) => (m === null ? null : `${m.service.id} ${m.host}${m.path ?? ""}`);

/** URLs at the edges of every rule: the bare host, a subdomain, lookalikes, paths on and off. */
function edgeUrls(services: Service[]): string[] {
  return services.flatMap((service) =>
    service.match.flatMap((rule) => {
      const base = rule.host.replace(/^\*\./, "");
      const paths = rule.paths ?? ["/"];
      return [
        `https://${base}/`,
        `https://tenant.${base}/`,
        `https://WWW.${base.toUpperCase()}./x`,
        `https://not${base}/`,
        `https://${base}.evil.example/`,
        ...paths.flatMap((path) => [
          `https://${base}${path}`,
          `https://${base}${path}/deeper?q=1`,
          `https://${base}${path}x`,
          `https://www.${base}${path.toUpperCase()}`,
        ]),
      ];
    }),
  );
}

function disagreements(services: Service[], seed: number): string[] {
  const index = buildHostIndex(services);
  const baseline = createBaseline(services);
  const corpus = [...buildCorpus(services, seed, 5000), ...edgeUrls(services)];
  const differing: string[] = [];
  for (const url of corpus) {
    const fast = describeMatch(classifyUrl(index, url));
    const slow = describeMatch(baseline(url));
    if (fast !== slow) differing.push(`${url}: engine ${fast}, baseline ${slow}`);
  }
  return differing;
}

describe("engine agrees with the naive matcher", () => {
  // The naive matcher costs rules x URLs: a synthetic catalog of 1,000 rules keeps it to seconds.
  it("on the real catalog", () => {
    expect(disagreements(loadRules(RULES_ROOT).services, 7)).toEqual([]);
  }, 30_000);
  it("on a synthetic catalog of 1,000 rules", () => {
    expect(disagreements(syntheticServices(1000, 11), 13)).toEqual([]);
  }, 30_000);
});
