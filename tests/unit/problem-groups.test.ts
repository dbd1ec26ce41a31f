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

describe("the approved alternative, whatever shape the policy gives", () => {
  it("reads plain text and {name, url}, and keeps only https links", async () => {
    const { alternativeOf } = await import("../../src/engine/policy/alternative");
    expect(alternativeOf("Use Copilot")).toEqual({ name: "Use Copilot", url: null });
    expect(alternativeOf({ name: "Copilot", url: "https://m365.cloud.microsoft/chat" })).toEqual({
      name: "Copilot",
      url: "https://m365.cloud.microsoft/chat",
    });
    expect(alternativeOf({ name: "x", url: "javascript:alert(1)" })).toEqual({ name: "x", url: null });
    expect(alternativeOf(42)).toBeNull();
  });
});
