/** The pasteGuard policy key: valid parts apply, bad ones are dropped and named; the settings in effect. */
import { describe, expect, it } from "vitest";
import { guardSettingsFor } from "../../../src/engine/guard";
import { validatePolicy } from "../../../src/engine/policy";

const catalog = [] as Parameters<typeof validatePolicy>[1];

describe("pasteGuard policy", () => {
  it("keeps a valid key as written", () => {
    const pasteGuard = {
      actions: { approved: "off", unapproved: "block", unlisted: "warn" },
      detectors: { phoneLists: false },
      sensitiveMarkers: ["CONTOSO CONFIDENTIAL"],
      maxFileBytes: 200_000,
    };
    const { policy, problems } = validatePolicy({ pasteGuard }, catalog);
    expect(problems).toEqual([]);
    expect(policy.pasteGuard).toEqual(pasteGuard);
  });

  it("drops each bad part with a problem and a fallback, keeping the rest", () => {
    const { policy, problems } = validatePolicy(
      {
        pasteGuard: {
          actions: { approved: "maybe", someday: "warn", blocked: "block" },
          detectors: { secrets: "yes", faces: true, ibans: false },
          sensitiveMarkers: ["ok marker", "<b>x</b>", "x", 5],
          maxFileBytes: 1e12,
          colour: "red",
        },
      },
      catalog,
    );
    expect(policy.pasteGuard).toEqual({
      actions: { blocked: "block" },
      detectors: { ibans: false },
      sensitiveMarkers: ["ok marker"],
    });
    expect(problems.map((p) => p.key).sort()).toEqual(
      [
        "pasteGuard.actions.approved",
        "pasteGuard.actions.someday",
        "pasteGuard.colour",
        "pasteGuard.detectors.faces",
        "pasteGuard.detectors.secrets",
        "pasteGuard.maxFileBytes",
        "pasteGuard.sensitiveMarkers[1]",
        "pasteGuard.sensitiveMarkers[2]",
        "pasteGuard.sensitiveMarkers[3]",
      ].sort(),
    );
    for (const p of problems) expect((p as { fallback?: string }).fallback).toBeTruthy();
  });

  it("survives hostile values", () => {
    for (const value of [null, "off", 42, [], { actions: [] }, { sensitiveMarkers: Array(500).fill("abc") }]) {
      const { problems } = validatePolicy({ pasteGuard: value }, catalog);
      expect(problems.length).toBeGreaterThan(0);
    }
  });

  it("warns everywhere without a policy, and follows the status when there is one", () => {
    expect(guardSettingsFor(undefined, null)).toEqual({
      action: "warn",
      detectors: {},
      sensitiveMarkers: [],
      maxFileBytes: 1_000_000,
    });
    const guard = { actions: { approved: "off", unlisted: "block" } } as const;
    expect(guardSettingsFor(guard, "approved").action).toBe("off");
    expect(guardSettingsFor(guard, null).action).toBe("block");
    expect(guardSettingsFor(guard, "tolerated").action).toBe("warn");
  });
});
