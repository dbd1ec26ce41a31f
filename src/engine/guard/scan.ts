/**
 * The paste guard's engine: finds secrets, payment data, bulk personal data and the organisation's
 * markers in text, and replaces them by typed placeholders. Pure: no browser API, no I/O; shared
 * by the content script, the scan CLI, the tests and the benchmark.
 */
import { findCards, findIbans } from "./financial";
import { placeholder } from "./labels";
import { findMarkers, markerPattern } from "./markers";
import { findEmailLists, findPhoneLists } from "./personal";
import { findSecrets } from "./secrets";
import type { DetectorGroup, Finding, ScanOptions } from "./types";

const DETECTORS: Record<DetectorGroup, (text: string) => Finding[]> = {
  secrets: findSecrets,
  paymentCards: findCards,
  ibans: findIbans,
  emailLists: findEmailLists,
  phoneLists: findPhoneLists,
};

/** Inline images are base64 noise: nothing inside one is a finding. */
const DATA_URI = /data:[\w.+-]+\/[\w.+-]+;base64,[A-Za-z0-9+/=]{16,}/g;

function insideAny(finding: Finding, ranges: { start: number; end: number }[]): boolean {
  return ranges.some((r) => finding.start >= r.start && finding.end <= r.end);
}

/** Sorted by position; where two overlap, the earlier (then the longer) wins. */
function withoutOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last !== undefined && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}

/** Compiles the options once; call the result for each text. */
export function createScanner(options: ScanOptions = {}): (text: string) => Finding[] {
  const active = (Object.keys(DETECTORS) as DetectorGroup[]).filter((g) => options.detectors?.[g] !== false);
  const markers = markerPattern(options.sensitiveMarkers ?? []);
  return (text) => {
    const found = active.flatMap((group) => DETECTORS[group](text));
    found.push(...findMarkers(text, markers));
    if (found.length === 0) return found;
    const images = [...text.matchAll(DATA_URI)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return withoutOverlaps(images.length > 0 ? found.filter((f) => !insideAny(f, images)) : found);
  };
}

export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  return createScanner(options)(text);
}

/** The text with each finding replaced by its placeholder, such as "[AWS access key]". */
export function redact(text: string, findings: readonly Finding[]): string {
  let out = "";
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + placeholder(f.detector);
    at = f.end;
  }
  return out + text.slice(at);
}

/** How many findings of each detector, for the dialog and the daily counts (never values). */
export function countByDetector(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.detector] = (counts[f.detector] ?? 0) + 1;
  return counts;
}
