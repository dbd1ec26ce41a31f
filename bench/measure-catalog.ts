/**
 * Everything measured for one catalog, in one process, on one corpus: the engine (index build,
 * heap, per-call classification), the naive baseline and the ad-block peers.
 */
import { classifyUrl } from "../src/engine/classify";
import { buildHostIndex } from "../src/engine/host-index";
import type { Match, Service } from "../src/engine/types";
import { createBaseline } from "./baseline";
import { buildCorpus } from "./corpus/build-corpus";
import { measureHeap } from "./heap";
import { adblockFilters } from "./peers/adblock-filters";
import { createGhostery } from "./peers/ghostery";
import { createUbo } from "./peers/ubo";
import { ruleCountOf } from "./synthetic-catalog";
import { type Classifier, type Measurement, measure, measureInTurn, sampleEvenly, type Workload } from "./timing";

const ROUNDS = 7;
const BUILDS = 5;
/** Time allowed for the baseline per catalog: at 100,000 rules it times a sample of the corpus. */
const BASELINE_BUDGET_NS = 3e9;
const MIN_BASELINE_CALLS = 300;

export interface PeerResult extends Measurement {
  buildMs: number;
}

export interface CatalogResult {
  catalog: string;
  rules: number;
  services: number;
  corpusUrls: number;
  timerOverheadNs: number;
  engineMedianNs: number;
  engineP99Ns: number;
  engineHits: number;
  buildMs: number;
  heapBytes: number | null;
  baselineMedianNs: number;
  baselineP99Ns: number;
  baselineCalls: number;
  /** URLs of the baseline's sample where the engine gave another answer (should be 0). */
  baselineDisagreements: number;
  peers: { ghostery: number; ubo: number };
  peerDetails: { ghostery: PeerResult; ubo: PeerResult };
}

type Log = (line: string) => void;

function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function medianOf(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

function sameAnswer(a: Match | null, b: Match | null): boolean {
  if (a === null || b === null) return a === b;
  return a.service.id === b.service.id && a.host === b.host && a.path === b.path;
}

function measureBuild(services: readonly Service[]) {
  const times: number[] = [];
  for (let i = 0; i < BUILDS; i++) {
    const start = process.hrtime.bigint();
    buildHostIndex(services);
    times.push(msSince(start));
  }
  // Enough copies to stand out from the heap's noise, few enough to stay quick at 100,000 rules.
  const rules = ruleCountOf(services);
  const heapBytes = measureHeap(() => buildHostIndex(services), rules < 5_000 ? 50 : rules < 50_000 ? 5 : 2);
  return { index: buildHostIndex(services), buildMs: medianOf(times), heapBytes };
}

function measureBaseline(services: readonly Service[], urls: readonly string[], engine: Classifier, log: Log) {
  const baseline = createBaseline(services);
  const probe = sampleEvenly(urls, 100);
  measure(baseline, probe, 1);
  const start = process.hrtime.bigint();
  for (const url of probe) baseline(url);
  const perCallNs = Number(process.hrtime.bigint() - start) / probe.length;
  const count = Math.max(MIN_BASELINE_CALLS, Math.min(urls.length, Math.floor(BASELINE_BUDGET_NS / perCallNs)));
  const sample = sampleEvenly(urls, count);
  const timing = measure(baseline, sample, 1, probe);
  let disagreements = 0;
  for (const url of sample) {
    const expected = baseline(url);
    if (sameAnswer(engine(url) as Match | null, expected)) continue;
    if (disagreements++ < 3) log(`  engine and baseline differ on ${url}`);
  }
  return { timing, disagreements };
}

async function timeBuild<T>(make: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = process.hrtime.bigint();
  const value = await make();
  return { value, ms: msSince(start) };
}

/** The catalog's figures, and its engine and corpus for measurements across catalogs. */
export async function measureCatalog(
  catalog: string,
  services: readonly Service[],
  corpusSeed: number,
  log: Log,
): Promise<{ result: CatalogResult; workload: Workload }> {
  const rules = ruleCountOf(services);
  const urls = buildCorpus(services, corpusSeed);
  log(`${catalog} catalog, ${rules} rules: engine build`);
  const { index, buildMs, heapBytes } = measureBuild(services);
  const classify: Classifier = (url) => classifyUrl(index, url);
  const filters = adblockFilters(services);
  log("  peers: build");
  const ghostery = await timeBuild(() => createGhostery(filters));
  const ubo = await timeBuild(() => createUbo(filters));
  log("  engine, ghostery, ubo: timed in turn");
  const timed = measureInTurn(
    { engine: { classify, urls }, ghostery: { classify: ghostery.value, urls }, ubo: { classify: ubo.value, urls } },
    ROUNDS,
  );
  const engine = timed.engine;
  log("  baseline");
  const baseline = measureBaseline(services, urls, classify, log);

  const result: CatalogResult = {
    catalog,
    rules,
    services: services.length,
    corpusUrls: urls.length,
    timerOverheadNs: engine.overheadNs,
    engineMedianNs: engine.medianNs,
    engineP99Ns: engine.p99Ns,
    engineHits: engine.hits,
    buildMs,
    heapBytes,
    baselineMedianNs: baseline.timing.medianNs,
    baselineP99Ns: baseline.timing.p99Ns,
    baselineCalls: baseline.timing.calls,
    baselineDisagreements: baseline.disagreements,
    peers: { ghostery: timed.ghostery.medianNs, ubo: timed.ubo.medianNs },
    peerDetails: {
      ghostery: { ...timed.ghostery, buildMs: ghostery.ms },
      ubo: { ...timed.ubo, buildMs: ubo.ms },
    },
  };
  return { result, workload: { classify, urls } };
}
