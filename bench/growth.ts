/**
 * How the engine's median grows with the catalog: the smallest and the largest synthetic catalog
 * timed in turn, round by round, so a change in machine load between catalogs cannot fake or
 * hide growth.
 */
import type { CatalogResult } from "./measure-catalog";
import { measureInTurn, type Workload } from "./timing";

const ROUNDS = 9;

export interface Growth {
  smallRules: number;
  largeRules: number;
  smallMedianNs: number;
  largeMedianNs: number;
  /** largeMedianNs / smallMedianNs */
  ratio: number;
}

export function measureGrowth(
  measured: readonly { result: CatalogResult; workload: Workload }[],
  log: (line: string) => void,
): Growth | null {
  const synthetic = measured
    .filter((m) => m.result.catalog === "synthetic")
    .sort((a, b) => a.result.rules - b.result.rules);
  const small = synthetic[0];
  const large = synthetic[synthetic.length - 1];
  if (small === undefined || large === undefined || small === large) return null;
  log(`growth: ${small.result.rules} and ${large.result.rules} rules timed in turn`);
  const timed = measureInTurn({ small: small.workload, large: large.workload }, ROUNDS);
  return {
    smallRules: small.result.rules,
    largeRules: large.result.rules,
    smallMedianNs: timed.small.medianNs,
    largeMedianNs: timed.large.medianNs,
    ratio: timed.large.medianNs / timed.small.medianNs,
  };
}
