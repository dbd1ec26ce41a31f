/**
 * `npm run bench`: the engine against the real catalog and synthetic catalogs of 1,000, 10,000
 * and 100,000 rules, beside a naive baseline and two ad-block engines, all in one run.
 * `--json` prints one JSON object to stdout and nothing else; progress goes to stderr.
 * `--rules DIR` measures another rules/ folder.
 */
import { loadRules } from "../src/node/rules-loader";
import { RULES_ROOT } from "../src/node/rules-root";
import { buildCorpus } from "./corpus/build-corpus";
import { measureGrowth } from "./growth";
import { measureGuard, printGuard } from "./guard";
import { canMeasureHeap } from "./heap";
import { describeMachine } from "./machine";
import { type CatalogResult, measureCatalog } from "./measure-catalog";
import { printReport } from "./report";
import { syntheticServices } from "./synthetic-catalog";
import { warmTimingLoop } from "./timing";

const SYNTHETIC_SIZES = [1_000, 10_000, 100_000];
const CORPUS_SEED = 20_260_101;

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (json) {
    // Some peers log while loading: keep stdout for the one JSON object.
    console.log = (...args: unknown[]) => log(args.map(String).join(" "));
  }
  if (!canMeasureHeap) log("warning: run with node --expose-gc to measure heap (npm run bench does)");

  const machine = describeMachine();
  const real = loadRules(option("--rules") ?? RULES_ROOT);
  warmTimingLoop(buildCorpus(real.services, CORPUS_SEED));
  const measured = [await measureCatalog("real", real.services, CORPUS_SEED, log)];
  for (const size of SYNTHETIC_SIZES) {
    measured.push(await measureCatalog("synthetic", syntheticServices(size, size), CORPUS_SEED + size, log));
  }
  const results: CatalogResult[] = measured.map((m) => m.result);
  const growth = measureGrowth(measured, log);
  const guard = measureGuard(log);

  if (json) process.stdout.write(`${JSON.stringify({ machine, results, growth, guard })}\n`);
  else {
    printReport(machine, results, growth);
    printGuard(guard);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
