/**
 * Problems grouped by the policy key they belong to, each group capped, so a policy with a
 * hundred thousand bad values still renders at once. Keys the extension does not know form one group.
 */
import { POLICY_KEYS, type PolicyProblem } from "./types";

export interface ProblemGroup {
  /** A policy key, or "(unknown keys)". */
  key: string;
  count: number;
  /** The first problems of the group, at most `cap`. */
  problems: PolicyProblem[];
}

export const UNKNOWN_KEYS = "(unknown keys)";

function groupKey(problemKey: string): string {
  const top = problemKey.split(/[.[]/, 1)[0] ?? problemKey;
  return (POLICY_KEYS as readonly string[]).includes(top) || top.startsWith("(") ? top : UNKNOWN_KEYS;
}

export function groupProblems(problems: readonly PolicyProblem[], cap = 200): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const key = groupKey(problem.key);
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, count: 0, problems: [] };
      groups.set(key, group);
    }
    group.count++;
    if (group.problems.length < cap) group.problems.push(problem);
  }
  return [...groups.values()];
}
