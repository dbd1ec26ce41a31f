/**
 * Hostile admin policies (audit items 4, 5 and 9): prototype ids, values nested thousands deep,
 * public-suffix hosts, custom services that claim catalog hosts, bidi control characters. The
 * validator never throws, names the key, keeps every other key, and says what applies instead.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine";
import {
  actionFor,
  alternativeFor,
  choicesUnderPolicy,
  servicesUnderPolicy,
  statusFor,
  validatePolicy,
} from "../../src/engine/policy";
import { nodePublicSuffixes } from "../../src/node/public-suffix-data";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const rules = loadRules(RULES_ROOT);
const check = (raw: unknown) => validatePolicy(raw, rules.services, nodePublicSuffixes());
const dir = mkdtempSync(join(tmpdir(), "hostile-policy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Written as text: JSON.stringify itself overflows the stack on 5,000-deep arrays. */
const DEEP = `${"[".repeat(5000)}${"]".repeat(5000)}`;
const deepPolicyText = `{"organizationName":"Contoso","serviceStatuses":{"chatgpt":"blocked"},"extraGuidance":{"data-privacy":{"do":${DEEP}}},"disabledServices":${DEEP},"customServices":${DEEP},"alternatives":{"chatgpt":${DEEP}},"modelOverrides":${DEEP}}`;

const CONSTRUCTOR_POLICY = {
  customServices: [
    { id: "constructor", name: "Ctor AI", deploymentModel: "public-saas", match: [{ host: "ctor.example.com" }] },
  ],
  serviceStatuses: {},
  alternatives: {},
  modelOverrides: {},
  serviceVariants: {},
};

function cli(args: string[], file: string, text: string) {
  const path = join(dir, file);
  writeFileSync(path, text);
  return spawnSync(TSX, [...args, path], { cwd: ROOT, encoding: "utf8" });
}

describe("ids that are Object.prototype names", () => {
  it("a custom service `constructor` gets its status, model and no alternative, and no crash", () => {
    const { policy, problems } = check(CONSTRUCTOR_POLICY);
    expect(problems).toEqual([]);
    expect(statusFor(policy, "constructor")).toBe("approved");
    expect(actionFor(policy, statusFor(policy, "constructor"))).toBe("badge");
    expect(alternativeFor(policy, "constructor")).toBe(null);
    expect(choicesUnderPolicy(policy, "constructor", null)).toEqual({});
    const engine = createEngine(servicesUnderPolicy(rules.services, policy), rules.model);
    const match = engine.match("https://ctor.example.com/");
    expect(match?.service.id).toBe("constructor");
    expect(() =>
      engine.verdict(match as NonNullable<typeof match>, choicesUnderPolicy(policy, "constructor", null)),
    ).not.toThrow();
  });

  it("map keys such as __proto__, toString, hasOwnProperty are unknown ids, reported, never inherited", () => {
    const raw = JSON.parse(
      '{"serviceStatuses":{"__proto__":"blocked","toString":"blocked","chatgpt":"tolerated"},"alternatives":{"hasOwnProperty":"x"}}',
    );
    const { policy, problems } = check(raw);
    expect(problems.map((p) => p.key).sort()).toEqual(
      ["alternatives.hasOwnProperty", "serviceStatuses.__proto__", "serviceStatuses.toString"].sort(),
    );
    expect(statusFor(policy, "chatgpt")).toBe("tolerated");
    expect(statusFor(policy, "toString")).toBe(null);
    expect(Object.getPrototypeOf(policy.serviceStatuses)).toBe(null);
  });

  it("lookups stay own-key only on maps that lost their null prototype (a message, storage)", () => {
    const { policy } = check({ serviceStatuses: { chatgpt: "blocked" } });
    const copied = JSON.parse(JSON.stringify(policy));
    expect(statusFor(copied, "constructor")).toBe(null);
    expect(alternativeFor(copied, "toString")).toBe(null);
    expect(choicesUnderPolicy(copied, "constructor", null)).toEqual({});
  });

  it("policy:check says OK and classify --policy does not crash", () => {
    const text = JSON.stringify(CONSTRUCTOR_POLICY);
    const checked = cli(["src/node/cli/policy-check.ts"], "ctor.json", text);
    expect(checked.status).toBe(0);
    const classified = cli(
      ["src/node/cli/classify.ts", "--json", "https://ctor.example.com/", "--policy"],
      "ctor2.json",
      text,
    );
    expect(classified.stderr).not.toMatch(/\bat \S+:\d+:\d+/);
    expect(classified.status).toBe(0);
    expect(JSON.parse(classified.stdout)[0].policy.status).toBe("approved");
  });
});

describe("depth and size never make validation throw", () => {
  const deep = JSON.parse(deepPolicyText);

  it("reports each deep key, keeps every valid key", () => {
    const { policy, problems } = check(deep);
    expect(policy.organizationName).toBe("Contoso");
    expect(policy.serviceStatuses).toEqual({ chatgpt: "blocked" });
    const keys = problems.map((p) => p.key);
    for (const key of [
      "customServices[0]",
      "disabledServices[0]",
      "extraGuidance.data-privacy.do",
      "alternatives.chatgpt",
      "modelOverrides",
    ]) {
      expect(keys).toContain(key);
    }
    for (const p of problems) expect(p.value.length).toBeLessThanOrEqual(80);
  });

  it("a check that throws (a value no check foresaw) is a problem for that key alone", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new RangeError("Maximum call stack size exceeded");
        },
      },
    );
    const { policy, problems } = check({
      organizationName: "Contoso",
      serviceStatuses: hostile,
      blockedAction: "block",
    });
    expect(policy).toEqual({ organizationName: "Contoso", blockedAction: "block" });
    expect(problems).toEqual([
      expect.objectContaining({ key: "serviceStatuses", message: expect.stringContaining("nested too deeply") }),
    ]);
  });

  it("policy:check names the keys and prints no stack trace; classify --policy works", () => {
    const checked = cli(["src/node/cli/policy-check.ts"], "deep.json", deepPolicyText);
    expect(checked.status).toBe(1);
    expect(checked.stderr).toContain('key "disabledServices[0]"');
    expect(checked.stderr).not.toMatch(/\bat \S+:\d+:\d+|RangeError/);
    const classified = cli(
      ["src/node/cli/classify.ts", "https://chatgpt.com/", "--policy"],
      "deep2.json",
      deepPolicyText,
    );
    expect(classified.status).toBe(0);
    expect(classified.stdout).toContain("status blocked");
  });
});

describe("every problem says what applies instead", () => {
  it("sets a plain-words fallback on each problem", () => {
    const { problems } = check({
      organizationName: 1,
      supportContact: "",
      acceptableUsePolicyUrl: "http://x.example",
      serviceStatuses: { chatgpt: "maybe" },
      defaultStatus: "x",
      modelOverrides: { chatgpt: "x" },
      serviceVariants: { chatgpt: "x" },
      customServices: [{}],
      disabledServices: ["x"],
      extraGuidance: { x: {} },
      alternatives: { chatgpt: 1 },
      unapprovedAction: "x",
      blockedAction: "x",
      allowUserSettings: "x",
      unknownKey: 1,
    });
    expect(problems.length).toBeGreaterThanOrEqual(15);
    for (const p of problems) expect(p.fallback, p.key).toMatch(/^[a-z].{10,}/);
    const byKey = new Map(problems.map((p) => [p.key, p.fallback]));
    expect(byKey.get("modelOverrides.chatgpt")).toBe("this service keeps its catalog model");
    expect(byKey.get("organizationName")).toBe("no organisation name is shown");
    expect(byKey.get("unapprovedAction")).toBe("the default action (notice) applies");
  });
});

describe("surprising acceptances", () => {
  const custom = (host: string, id = "corp") => ({
    customServices: [{ id, name: "Corp", deploymentModel: "private-saas", match: [{ host }] }],
  });

  it.each(["*.co.uk", "co.uk", "*.github.io", "github.io", "*.blogspot.com", "*.com"])(
    "refuses the public suffix %s",
    (host) => {
      const { policy, problems } = check(custom(host));
      expect(policy.customServices).toEqual([]);
      expect(problems[0]?.message).toMatch(/public suffix|not a hostname/);
    },
  );

  it("accepts the organisation's own hosts under a public suffix", () => {
    for (const host of ["llm.contoso.co.uk", "*.contoso.github.io", "contoso-prod.openai.azure.com"]) {
      expect(check(custom(host)).policy.customServices?.length, host).toBe(1);
    }
  });

  it("a custom service on a blocked catalog host is reported, and the block still applies there", () => {
    const { policy, problems } = check({ ...custom("chatgpt.com"), serviceStatuses: { chatgpt: "blocked" } });
    const shadow = problems.find((p) => p.key === "customServices.corp");
    expect(shadow?.message).toContain("ChatGPT (chatgpt)");
    expect(shadow?.fallback).toContain("stricter status applies: blocked");
    expect(statusFor(policy, "corp")).toBe("blocked");
    expect(statusFor(policy, "chatgpt")).toBe("blocked");
  });

  it("the custom status applies when the admin says so for the catalog service too, or disables it", () => {
    const base = { ...custom("chatgpt.com"), serviceStatuses: { chatgpt: "approved", corp: "tolerated" } };
    const approved = check(base);
    expect(statusFor(approved.policy, "corp")).toBe("tolerated");
    expect(approved.problems.find((p) => p.key === "customServices.corp")?.fallback).toContain("tolerated");
    const disabled = check({
      ...custom("chatgpt.com"),
      serviceStatuses: { chatgpt: "blocked" },
      disabledServices: ["chatgpt"],
    });
    expect(statusFor(disabled.policy, "corp")).toBe("approved");
    expect(disabled.problems).toEqual([]);
  });

  it("a tenant under a catalog wildcard is a refinement, not a shadow", () => {
    const { policy, problems } = check({
      ...custom("contoso.openai.azure.com"),
      serviceStatuses: { "azure-openai": "blocked" },
    });
    expect(problems).toEqual([]);
    expect(statusFor(policy, "corp")).toBe("approved");
  });

  it.each(["\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c"])(
    "rejects bidi control %j in names, alternatives, guidance and contacts",
    (bidi) => {
      const { policy, problems } = check({
        organizationName: `Contoso${bidi}`,
        supportContact: `help${bidi}@contoso.example`,
        alternatives: { chatgpt: `Use ${bidi}Copilot` },
        extraGuidance: { "data-privacy": { do: [`Ask ${bidi}first`] } },
        customServices: [
          {
            id: "corp",
            name: `Corp${bidi}`,
            deploymentModel: "private-saas",
            match: [{ host: "llm.contoso.example" }],
          },
        ],
      });
      expect(policy.organizationName).toBeUndefined();
      expect(policy.supportContact).toBeUndefined();
      expect(policy.alternatives).toEqual({});
      expect(policy.customServices).toEqual([]);
      expect(problems.map((p) => p.key).sort()).toEqual(
        [
          "alternatives.chatgpt",
          "customServices[0]",
          "extraGuidance.data-privacy.do",
          "organizationName",
          "supportContact",
        ].sort(),
      );
      for (const p of problems) expect(p.message).toMatch(/bidirectional control character U\+[0-9A-F]{4}/);
    },
  );
});
