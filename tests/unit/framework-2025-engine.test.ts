/**
 * The framework version through the engine, the policy and the CLI: the 2025 column of every
 * catalog service and variant follows the mapping rule, and `classify --json --framework 2025`
 * gives the right column and sixteen domains.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine";
import { mapTo2025 } from "../../src/engine/framework-2025";
import { validatePolicy } from "../../src/engine/policy";
import { DEPLOYMENT_MODELS_2025 } from "../../src/engine/types";
import type { ClassifyResult } from "../../src/node/classify-inputs";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const { services, model, model2025 } = loadRules(RULES_ROOT);

describe("the mapping rule from 2024 to 2025", () => {
  it.each([
    ["chat", "public-saas", "saas", "high"],
    ["chat", "private-saas", "saas", "moderate"],
    ["api", "public-api", "saas", "moderate-high"],
    ["api", "private-api", "saas", "moderate"],
    ["code", "code-copilot", "ai-coding", "moderate-high"],
    ["ml-platform", "paas", "paas", "moderate"],
    ["ml-platform", "iaas", "iaas", "moderate-high"],
    ["local-runtime", "on-prem", "on-prem", "highest-control"],
    ["agents", "public-saas", "agentic", "high"],
    ["agents", "paas", "agentic", "high"],
    ["embedded", "private-saas", "embedded", "moderate-high"],
    ["mcp", "public-saas", "mcp", "high"],
  ] as const)("category %s, 2024 %s -> %s (%s risk)", (category, from, to, risk) => {
    const mapped = mapTo2025(model2025, category, from);
    expect(mapped.model).toBe(to);
    expect(mapped.risk).toBe(risk);
    expect(mapped.from).toBe(from);
  });

  it("gives every catalog service and every variant a 2025 column", () => {
    for (const service of services) {
      for (const from of [service.deploymentModel, ...(service.variants ?? []).map((v) => v.deploymentModel)]) {
        expect(DEPLOYMENT_MODELS_2025, service.id).toContain(mapTo2025(model2025, service.category, from).model);
      }
    }
  });
});

describe("the engine's framework version", () => {
  const service = services.find((s) => s.id === "chatgpt");
  if (service === undefined) throw new Error("the catalog has no chatgpt");
  const chatgpt = { service, host: "chatgpt.com" };

  it("defaults to 2024: the verdict says so and lists twelve domains", () => {
    const verdict = createEngine(services, model).verdict(chatgpt);
    expect(verdict.framework).toBe("2024");
    expect(verdict.deploymentModel).toBe("public-saas");
    expect(verdict.responsibilities).toHaveLength(12);
    expect(verdict.mapping).toBeUndefined();
  });

  it("2025 keeps the plan's risk: ChatGPT Enterprise is SaaS AI at moderate risk", () => {
    const engine = createEngine(services, model, { framework: "2025", model2025 });
    const consumer = engine.verdict(chatgpt);
    const enterprise = engine.verdict(chatgpt, { variantId: "chatgpt-enterprise" });
    expect([consumer.deploymentModel, enterprise.deploymentModel]).toEqual(["saas", "saas"]);
    expect(engine.describeModel(consumer).risk).toBe("high");
    expect(engine.describeModel(enterprise).risk).toBe("moderate");
    expect(engine.describeModel(enterprise).badge.color).not.toBe(engine.describeModel(consumer).badge.color);
  });

  it("2025 without the 2025 model is a clear error", () => {
    expect(() => createEngine(services, model, { framework: "2025" })).toThrow(/2025 model/);
  });
});

describe("admin policy frameworkVersion", () => {
  it("accepts 2024 and 2025", () => {
    expect(validatePolicy({ frameworkVersion: "2025" }, services).policy.frameworkVersion).toBe("2025");
    expect(validatePolicy({ frameworkVersion: "2024" }, services).problems).toEqual([]);
  });

  it.each([2025, "2026", "", null, ["2025"]])("ignores %j and says what applies instead", (value) => {
    const { policy, problems } = validatePolicy({ frameworkVersion: value, allowUserSettings: false }, services);
    expect(policy.frameworkVersion).toBeUndefined();
    expect(policy.allowUserSettings).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: "frameworkVersion", fallback: expect.stringMatching(/2024/) });
  });
});

describe("classify --json --framework 2025", () => {
  const inputs = [
    ["chatgpt.com", "chatgpt", "saas"],
    ["github.com/copilot", "github-copilot", "ai-coding"],
    ["https://contoso.openai.azure.com/", "azure-openai", "paas"],
    ["manus.im", "manus", "agentic"],
    ["smithery.ai", "mcp-smithery", "mcp"],
    ["https://m365.cloud.microsoft/chat", "microsoft-365-copilot", "embedded"],
  ] as const;
  const out = execFileSync(
    "npx",
    ["tsx", "src/node/cli/classify.ts", "--json", "--framework", "2025", ...inputs.map(([i]) => i)],
    { cwd: PROJECT_ROOT, encoding: "utf8", timeout: 60_000 },
  );
  const results = JSON.parse(out) as ClassifyResult[];

  it.each(inputs.map((row, i) => [...row, i] as const))("%s is %s in column %s", (_input, service, column, i) => {
    const result = results[i] as ClassifyResult;
    expect(result.service).toBe(service);
    expect(result.deploymentModel).toBe(column);
    expect(result.framework).toBe("2025");
    expect(result.responsibilities).toHaveLength(16);
    expect(result.responsibilities.map((r) => r.domain).slice(12)).toEqual([
      "agent-governance",
      "code-generation-security",
      "context-pollution-protection",
      "multi-system-integration",
    ]);
    const codeGeneration = result.responsibilities.find((r) => r.domain === "code-generation-security");
    expect(codeGeneration?.owner).toBe(column === "ai-coding" ? "customer" : "not-applicable");
  });

  it("an agent's Agent Governance is the customer's, a critical focus, with Do and Don't lines", () => {
    const manus = results[3] as ClassifyResult;
    const governance = manus.responsibilities.find((r) => r.domain === "agent-governance");
    expect(governance).toMatchObject({ owner: "customer", criticalFocus: true });
    expect(governance?.do.length).toBeGreaterThanOrEqual(2);
    expect(governance?.dont.length).toBeGreaterThanOrEqual(1);
  });

  it("an admin policy with frameworkVersion 2025 gives the same answer without the flag", () => {
    const file = join(mkdtempSync(join(tmpdir(), "framework-policy-")), "policy.json");
    writeFileSync(
      file,
      JSON.stringify({ frameworkVersion: "2025", serviceVariants: { chatgpt: "chatgpt-enterprise" } }),
    );
    const [chat] = JSON.parse(
      execFileSync("npx", ["tsx", "src/node/cli/classify.ts", "--json", "--policy", file, "chatgpt.com"], {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
        timeout: 60_000,
      }),
    ) as ClassifyResult[];
    expect(chat?.framework).toBe("2025");
    expect(chat?.deploymentModel).toBe("saas");
    expect(chat?.mapping).toMatchObject({ from: "private-saas", risk: "moderate", by: "model" });
  });
}, 60_000);
