import { describe, expect, it } from "vitest";
import { groupProblems, UNKNOWN_KEYS } from "../../src/engine/policy/problem-groups";
import type { PolicyProblem } from "../../src/engine/policy/types";

const problem = (key: string): PolicyProblem => ({ key, value: "1", message: "bad", fallback: "ignored" });

describe("problems grouped for the admin page", () => {
  it("groups by policy key, puts unknown keys together, and caps each group", () => {
    const problems = [
      problem("serviceStatuses.a"),
      problem("customServices[3]"),
      ...Array.from({ length: 120_000 }, (_, i) => problem(`unknown${i}`)),
      problem("serviceStatuses.b"),
    ];
    const groups = groupProblems(problems, 50);
    expect(groups.map((g) => [g.key, g.count, g.problems.length])).toEqual([
      ["serviceStatuses", 2, 2],
      ["customServices", 1, 1],
      [UNKNOWN_KEYS, 120_000, 50],
    ]);
  });
});
