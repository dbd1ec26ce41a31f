/**
 * Per-call timing with process.hrtime.bigint(). Each sample includes reading the clock twice; that
 * cost is measured in the same run, in every round (timing a call that does nothing), and taken
 * off. Shared machines are noisy, so a measurement is several rounds over the whole corpus and
 * each statistic is the median of the rounds' values.
 */
export type Classifier = (url: string) => unknown;

export interface Timing {
  samples: Float64Array;
  /** Calls that returned something other than null, false or 0 (a hit). */
  hits: number;
}

export function timeCalls(classify: Classifier, urls: readonly string[]): Timing {
  const samples = new Float64Array(urls.length);
  let hits = 0;
  for (let i = 0; i < urls.length; i++) {
    const url = urls[i] as string;
    const start = process.hrtime.bigint();
    const result = classify(url);
    const end = process.hrtime.bigint();
    samples[i] = Number(end - start);
    if (result !== null && result !== false && result !== 0) hits++;
  }
  return { samples, hits };
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] as number;
}

function medianOf(values: readonly number[]): number {
  return percentile(Float64Array.from(values).sort(), 0.5);
}

const doNothing: Classifier = (url) => url.length === -1;

/**
 * Makes the timing loop's call site megamorphic before anything is measured, so every engine is
 * timed in the same compiled state (a real call, not one inlined into the loop).
 */
export function warmTimingLoop(urls: readonly string[]): void {
  const shapes: Classifier[] = [
    doNothing,
    (u) => u.charCodeAt(0),
    (u) => u.indexOf("."),
    (u) => u.length > 9,
    (u) => u,
  ];
  for (const shape of shapes) timeCalls(shape, urls);
}

export interface Measurement {
  medianNs: number;
  p99Ns: number;
  /** Clock overhead taken off each statistic. */
  overheadNs: number;
  calls: number;
  hits: number;
}

interface Rounds {
  medians: number[];
  p99s: number[];
  overheads: number[];
  hits: number;
}

function addRound(rounds: Rounds, classify: Classifier, urls: readonly string[], overhead: number): void {
  const timing = timeCalls(classify, urls);
  const sorted = timing.samples.sort();
  rounds.medians.push(Math.max(0, percentile(sorted, 0.5) - overhead));
  rounds.p99s.push(Math.max(0, percentile(sorted, 0.99) - overhead));
  rounds.overheads.push(overhead);
  rounds.hits = timing.hits;
}

function summarize(rounds: Rounds, calls: number): Measurement {
  return {
    medianNs: medianOf(rounds.medians),
    p99Ns: medianOf(rounds.p99s),
    overheadNs: medianOf(rounds.overheads),
    calls,
    hits: rounds.hits,
  };
}

export interface Workload {
  classify: Classifier;
  urls: readonly string[];
}

/**
 * Times several workloads one pass each per round, in turn: a burst of noise from elsewhere on the
 * machine then hits all of them alike, and their ratios stay fair.
 */
export function measureInTurn<K extends string>(
  workloads: Record<K, Workload>,
  rounds: number,
): Record<K, Measurement> {
  const names = Object.keys(workloads) as K[];
  const results = {} as Record<K, Rounds>;
  for (const name of names) {
    timeCalls(workloads[name].classify, workloads[name].urls);
    results[name] = { medians: [], p99s: [], overheads: [], hits: 0 };
  }
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const { classify, urls } = workloads[name];
      addRound(results[name], classify, urls, percentile(timeCalls(doNothing, urls).samples.sort(), 0.5));
    }
  }
  const measurements = {} as Record<K, Measurement>;
  for (const name of names) measurements[name] = summarize(results[name], workloads[name].urls.length * rounds);
  return measurements;
}

/** `rounds` timed passes over `urls`, after one untimed pass over `warmUp` (JIT, caches). */
export function measure(classify: Classifier, urls: readonly string[], rounds: number, warmUp = urls): Measurement {
  timeCalls(classify, warmUp);
  const result: Rounds = { medians: [], p99s: [], overheads: [], hits: 0 };
  for (let round = 0; round < rounds; round++) {
    addRound(result, classify, urls, percentile(timeCalls(doNothing, urls).samples.sort(), 0.5));
  }
  return summarize(result, urls.length * rounds);
}

/** Every k-th URL, so a sample keeps the corpus's mix of hits and misses. */
export function sampleEvenly(urls: readonly string[], count: number): string[] {
  if (count >= urls.length) return urls.slice();
  const stride = urls.length / count;
  return Array.from({ length: count }, (_, i) => urls[Math.floor(i * stride)] as string);
}
