import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { networkRules, PAGES, RULE_LIMITS } from "../../src/engine/network-rules";
import { escapedPathRegex, urlRegex } from "../../src/engine/network-rules/url-regex";
import { validatePolicy } from "../../src/engine/policy";
import { nodePublicSuffixes } from "../../src/node/public-suffix-data";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const rules = loadRules(RULES_ROOT);
const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

/** DNR regexFilter semantics as the extension sets them (case-insensitive). */
const matches = (regex: string, url: string) => new RegExp(regex, "i").test(url);

describe("path rules in the network layer", () => {
  const exact = urlRegex("github.com", "/copilot");
  const escaped = escapedPathRegex("github.com");
  const copilot = `(?:${exact})|(?:${escaped})`;
  it.each([
    "https://github.com/copilot",
    "https://github.com/copilot/c/123",
    "https://github.com//copilot",
    "https://github.com/%63opilot",
    "https://github.com/%63%6F%70ilot?x=1",
    "https://github.com/settings/%63opilot",
    "https://GitHub.com/COPILOT",
    "https://github.com./copilot",
    "https://www.github.com:443/copilot#x",
  ])("blocks %s", (url) => expect(matches(copilot, url)).toBe(true));
  it.each([
    "https://github.com/",
    "https://github.com/copilotx",
    "https://github.com/features/copilot",
    "https://notgithub.com/copilot",
    "https://github.com.evil.test/copilot",
    "https://evil.test/?u=https://github.com/copilot",
    "https://github.com/search?q=%63opilot",
    "https://github.com/owner/caf%C3%A9",
  ])("leaves %s alone", (url) => expect(matches(copilot, url)).toBe(false));
  it("subdomain-only wildcard hosts stay subdomain-only", () => {
    const azure = urlRegex("*.openai.azure.com");
    expect(matches(azure, "https://contoso.openai.azure.com/x")).toBe(true);
    expect(matches(azure, "https://openai.azure.com/")).toBe(false);
  });
});

describe("rules from a policy", () => {
  it("blocks a service before the request and keeps shared hosts exact", () => {
    const { policy } = validatePolicy(
      { serviceStatuses: { deepseek: "blocked", "github-copilot": "blocked" }, blockedAction: "block" },
      rules.services,
      nodePublicSuffixes(),
    );
    const set = networkRules(policy, rules.services);
    const deepseek = set.rules.find((r) => r.condition.requestDomains?.includes("chat.deepseek.com"));
    expect(deepseek?.action).toEqual({
      type: "redirect",
      redirect: { extensionPath: `${PAGES.blocked}?service=deepseek` },
    });
    expect(set.rules.some((r) => r.condition.requestDomains?.includes("github.com"))).toBe(false);
    // Two path prefixes, and one rule for escaped spellings on github.com.
    expect(set.rules.filter((r) => r.condition.regexFilter?.includes("github")).length).toBe(3);
  });

  it("sets each vendor's header with the exact value, and nothing for an empty policy", () => {
    const { policy, problems } = validatePolicy(
      {
        tenantRestrictions: {
          anthropic: { organizationIds: ["550e8400-e29b-41d4-a716-446655440000"] },
          microsoft: {
            tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
            policyId: "0d2f5a8c-3b1e-4c7d-9e6f-8a1b2c3d4e5f",
          },
        },
      },
      rules.services,
      nodePublicSuffixes(),
    );
    expect(problems).toEqual([]);
    const headers = networkRules(policy, rules.services).rules.map((r) => r.action);
    expect(headers).toContainEqual({
      type: "modifyHeaders",
      requestHeaders: [
        { header: "anthropic-allowed-org-ids", operation: "set", value: "550e8400-e29b-41d4-a716-446655440000" },
      ],
    });
    expect(headers).toContainEqual({
      type: "modifyHeaders",
      requestHeaders: [
        {
          header: "sec-Restrict-Tenant-Access-Policy",
          operation: "set",
          value: "72f988bf-86f1-41af-91ab-2d7cd011db47:0d2f5a8c-3b1e-4c7d-9e6f-8a1b2c3d4e5f",
        },
      ],
    });
    expect(networkRules({}, rules.services).rules).toEqual([]);
  });

  it.each([
    ["a header injection", { chatgpt: { workspaceIds: ["abc\r\nX-Evil: 1"] } }],
    ["a comma inside an id", { github: { enterpriseIds: ["1,2"] } }],
    ["a non-UUID Anthropic id", { anthropic: { organizationIds: ["evil"] } }],
    ["an OpenAI id without org-", { openaiApi: { organizationIds: ["Tkxfm8owx4zIPaJGNDVrPs6m"] } }],
  ])("refuses %s, with a fallback", (_what, tenantRestrictions) => {
    const { policy, problems } = validatePolicy({ tenantRestrictions }, rules.services, nodePublicSuffixes());
    expect(policy.tenantRestrictions).toBeUndefined();
    expect(problems[0]?.fallback).toMatch(/not pinned/);
  });

  it("asks for a reason only on unapproved services, and lifts it for justified ones", () => {
    const { policy, problems } = validatePolicy(
      {
        serviceStatuses: { claude: "unapproved" },
        unapprovedAction: "justify",
        blockedAction: "justify",
        justifyMinutes: 0,
      },
      rules.services,
      nodePublicSuffixes(),
    );
    expect(problems.map((p) => [p.key, p.fallback ?? null])).toEqual([
      ["blockedAction", "the default action (block) applies"],
      ["justifyMinutes", "60 minutes"],
    ]);
    const justify = (set: ReturnType<typeof networkRules>) =>
      set.rules.filter((r) => JSON.stringify(r.action).includes(`${PAGES.justify}?service=claude`));
    expect(justify(networkRules(policy, rules.services)).length).toBeGreaterThan(0);
    expect(justify(networkRules(policy, rules.services, { justified: new Set(["claude"]) }))).toEqual([]);
  });

  it("stays within the browsers' limits and names the services left out", () => {
    const customServices = Array.from({ length: 200 }, (_, i) => ({
      id: `custom-${i}`,
      name: `Custom ${i}`,
      deploymentModel: "private-api",
      match: [{ host: `host${i}.corp.example`, paths: Array.from({ length: 50 }, (_, p) => `/p${p}`) }],
    }));
    const { policy } = validatePolicy(
      {
        customServices,
        defaultStatus: "blocked",
        serviceStatuses: Object.fromEntries(customServices.map((s) => [s.id, "blocked"])),
      },
      rules.services,
      nodePublicSuffixes(),
    );
    const set = networkRules(policy, rules.services);
    expect(set.rules.length).toBeLessThanOrEqual(RULE_LIMITS.rules);
    expect(set.rules.filter((r) => r.condition.regexFilter !== undefined).length).toBeLessThanOrEqual(
      RULE_LIMITS.regexRules,
    );
    expect(set.skipped.length).toBeGreaterThan(0);
  });
});

describe("policy:check --json on every example policy in deploy/", () => {
  const examples = readdirSync(join(ROOT, "deploy/examples")).map((f) => `deploy/examples/${f}`);
  const templates = ["deploy/chrome/linux/ai-responsibility-guide.json", "deploy/firefox/policies.json"];
  it.each([...examples, ...templates])(
    "%s prints problems and networkRules",
    (file) => {
      const result = spawnSync(TSX, ["src/node/cli/policy-check.ts", "--json", file], { cwd: ROOT, encoding: "utf8" });
      const out = JSON.parse(result.stdout) as { problems: Record<string, string>[]; networkRules: unknown[] };
      expect(Array.isArray(out.networkRules)).toBe(true);
      for (const p of out.problems)
        expect(Object.keys(p)).toEqual(expect.arrayContaining(["key", "message", "fallback"]));
      expect(result.status).toBe(out.problems.length === 0 ? 0 : 1);
      if (file.endsWith("enforcement-policy.json")) {
        const headers = JSON.stringify(out.networkRules);
        for (const name of [
          "ChatGPT-Allowed-Workspace-Id",
          "OpenAI-Allowed-Organization-Ids",
          "anthropic-allowed-org-ids",
          "sec-GitHub-allowed-enterprise",
          "sec-Restrict-Tenant-Access-Policy",
          "Restrict-Access-To-Tenants",
          "Restrict-Access-Context",
        ])
          expect(headers).toContain(name);
        expect(headers).toContain("service=deepseek");
      }
    },
    20_000,
  );
});
