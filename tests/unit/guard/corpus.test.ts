/**
 * Runs the paste guard over its labelled corpus, prints precision and recall per detector (quoted in
 * docs/paste-guard.md), and fails if any sample is misjudged.
 */
import { describe, expect, it } from "vitest";
import { scanText } from "../../../src/engine/guard";
import { HELD_OUT, MARKERS, NEGATIVES, POSITIVES, type Sample } from "./corpus";

const options = { sensitiveMarkers: MARKERS };
const detected = (sample: Sample) =>
  scanText(sample.text, options)
    .map((f) => f.detector)
    .sort();

describe("paste guard corpus", () => {
  it.each(POSITIVES.map((s) => [s.name, s] as const))("finds: %s", (_name, sample) => {
    expect(detected(sample)).toEqual([...sample.expect].sort());
  });

  it.each(NEGATIVES.map((s) => [s.name, s] as const))("ignores: %s", (_name, sample) => {
    expect(detected(sample)).toEqual([]);
  });

  it("reports precision and recall per detector on the labelled corpus", () => {
    const all = report(`${POSITIVES.length} positive and ${NEGATIVES.length} negative samples`, [
      ...POSITIVES,
      ...NEGATIVES,
    ]);
    expect(all.fp + all.fn).toBe(0);
  });

  it("reports precision and recall on the held-out samples (known limits, not tuned to)", () => {
    const all = report(`held out: ${HELD_OUT.length} samples`, HELD_OUT);
    // A floor, so a change that makes things worse is noticed; the figures go to docs/paste-guard.md.
    expect(all.tp / (all.tp + all.fp)).toBeGreaterThanOrEqual(0.7);
    expect(all.tp / (all.tp + all.fn)).toBeGreaterThanOrEqual(0.75);
  });
});

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts findings against labels per detector, prints the table, returns the totals. */
function report(title: string, samples: Sample[]): Tally {
  const tally = new Map<string, Tally>();
  const row = (d: string) => {
    const existing = tally.get(d);
    if (existing !== undefined) return existing;
    const fresh = { tp: 0, fp: 0, fn: 0 };
    tally.set(d, fresh);
    return fresh;
  };
  for (const sample of samples) {
    const want = [...sample.expect];
    for (const found of detected(sample)) {
      const i = want.indexOf(found);
      if (i >= 0) {
        want.splice(i, 1);
        row(found).tp++;
      } else row(found).fp++;
    }
    for (const missed of want) row(missed).fn++;
  }
  const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
  const lines = [...tally].map(
    ([d, t]) =>
      `${d.padEnd(28)} tp ${t.tp}  fp ${t.fp}  fn ${t.fn}  precision ${pct(t.tp, t.tp + t.fp)}  recall ${pct(t.tp, t.tp + t.fn)}`,
  );
  const all = [...tally.values()].reduce((s, t) => ({ tp: s.tp + t.tp, fp: s.fp + t.fp, fn: s.fn + t.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  console.log(
    `${title}\n${lines.join("\n")}\nall: tp ${all.tp} fp ${all.fp} fn ${all.fn}, precision ${pct(all.tp, all.tp + all.fp)}, recall ${pct(all.tp, all.tp + all.fn)}`,
  );
  return all;
}
