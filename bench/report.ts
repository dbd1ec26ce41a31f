/** The human-readable table, with the ratios and the targets from bench/budgets.json. */
import budgets from "./budgets.json" with { type: "json" };
import type { Growth } from "./growth";
import type { Machine } from "./machine";
import type { CatalogResult } from "./measure-catalog";

const ns = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(0)} µs` : `${value.toFixed(0)} ns`);
const times = (value: number) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)}x`;
const kib = (bytes: number | null) => (bytes === null ? "n/a" : `${(bytes / 1024).toFixed(0)} KiB`);

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  "),
    )
    .join("\n");
}

function verdict(ok: boolean): string {
  return ok ? "met" : "MISSED";
}

export function printReport(machine: Machine, results: readonly CatalogResult[], growth: Growth | null): void {
  const out: string[] = [];
  out.push(`Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage}`);
  out.push(`Timer overhead subtracted: ${ns(results[0]?.timerOverheadNs ?? 0)} per call\n`);
  const rows = [
    [
      "catalog",
      "rules",
      "build",
      "heap",
      "median",
      "p99",
      "baseline",
      "ghostery",
      "ubo",
      "vs base",
      "vs ghost",
      "vs ubo",
    ],
  ];
  for (const r of results) {
    rows.push([
      r.catalog,
      r.rules.toLocaleString("en"),
      `${r.buildMs.toFixed(2)} ms`,
      kib(r.heapBytes),
      ns(r.engineMedianNs),
      ns(r.engineP99Ns),
      ns(r.baselineMedianNs),
      ns(r.peers.ghostery),
      ns(r.peers.ubo),
      times(r.baselineMedianNs / r.engineMedianNs),
      times(r.peers.ghostery / r.engineMedianNs),
      times(r.peers.ubo / r.engineMedianNs),
    ]);
  }
  out.push(table(rows));
  out.push("\nHits in the corpus (engine / ghostery / ubo), baseline sample and disagreements:");
  for (const r of results) {
    const d = r.peerDetails;
    out.push(
      `  ${r.catalog} ${r.rules}: ${r.engineHits} / ${d.ghostery.hits} / ${d.ubo.hits} of ${r.corpusUrls}; ` +
        `baseline timed on ${r.baselineCalls} URLs, ${r.baselineDisagreements} disagreements; ` +
        `peer build ghostery ${d.ghostery.buildMs.toFixed(0)} ms, ubo ${d.ubo.buildMs.toFixed(0)} ms`,
    );
  }

  const target = budgets.engine;
  const at = results.find((r) => r.catalog === "synthetic" && r.rules === target.atRules);
  out.push(`\nTargets at ${target.atRules.toLocaleString("en")} rules:`);
  if (at !== undefined) {
    const vsGhostery = at.peers.ghostery / at.engineMedianNs;
    const vsBaseline = at.baselineMedianNs / at.engineMedianNs;
    out.push(
      `  median ${ns(at.engineMedianNs)} <= ${target.medianNs} ns: ${verdict(at.engineMedianNs <= target.medianNs)}`,
    );
    out.push(`  p99 ${ns(at.engineP99Ns)} <= ${target.p99Ns} ns: ${verdict(at.engineP99Ns <= target.p99Ns)}`);
    out.push(
      `  ${times(vsGhostery)} faster than ghostery (>= ${target.minSpeedupVsGhostery}x): ${verdict(vsGhostery >= target.minSpeedupVsGhostery)}`,
    );
    out.push(
      `  ${times(vsBaseline)} faster than baseline (>= ${target.minSpeedupVsBaseline}x): ${verdict(vsBaseline >= target.minSpeedupVsBaseline)}`,
    );
  }
  if (growth !== null) {
    const limit = target.maxMedianGrowth100kOver1k;
    out.push(
      `  median at ${growth.largeRules.toLocaleString("en")} / median at ${growth.smallRules.toLocaleString("en")} rules = ` +
        `${ns(growth.largeMedianNs)} / ${ns(growth.smallMedianNs)} = ${growth.ratio.toFixed(2)} (<= ${limit}; timed in turn): ` +
        verdict(growth.ratio <= limit),
    );
  }
  process.stdout.write(`${out.join("\n")}\n`);
}
