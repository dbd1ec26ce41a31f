/** What the popup and the CLI say about data use is true for the plan in use, not the service's default. */
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine";
import { dontSentence, keyActions } from "../../src/engine/key-actions";
import { defaultPlanLabel, effectiveDataUse, planData } from "../../src/engine/plan-data";
import type { Responsibility } from "../../src/engine/responsibilities";
import type { Service } from "../../src/engine/types";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const rules = loadRules(RULES_ROOT);
const engine = createEngine(rules.services, rules.model);

const source = "https://example.com/terms";
const read = "2026-11-29";
const service: Service = {
  id: "example-chat",
  name: "Example Chat",
  vendor: "Example",
  category: "chat",
  deploymentModel: "public-saas",
  match: [{ host: "chat.example.com" }],
  dataUse: { training: "opt-out", optOut: "Settings > Data", source, read },
  facts: [{ text: "The consumer plan keeps chats for 30 days.", source, read }],
  jurisdiction: { vendorCountry: "US", source, read },
  variants: [
    {
      id: "example-work",
      name: "Example Work",
      deploymentModel: "private-saas",
      description: "The company workspace.",
      dataUse: { training: "no", source, read },
      facts: [{ text: "The work contract excludes training.", source, read }],
    },
    { id: "example-team", name: "Example Team", deploymentModel: "private-saas", description: "No data yet." },
  ],
  source,
  reviewed: read,
};
const [work, team] = service.variants ?? [];

describe("variant data wins over service data", () => {
  it("the chosen variant's dataUse, facts and description replace the service's", () => {
    const plan = planData(service, work ?? null, "private-saas");
    expect(plan.dataUse.training).toBe("no");
    expect(plan.dataUse.optOut).toBeUndefined();
    expect(plan.facts.map((f) => f.text)).toEqual(["The work contract excludes training."]);
    expect(plan.description).toBe("The company workspace.");
    expect(plan.planName).toBe("Example Work");
    expect(plan.jurisdiction?.vendorCountry).toBe("US");
  });

  it("without a variant the service's own answer and facts apply", () => {
    const plan = planData(service, null, "public-saas");
    expect(plan.dataUse.training).toBe("opt-out");
    expect(plan.facts).toHaveLength(1);
    expect(plan.description).toBeNull();
  });

  it("a variant without data never inherits the consumer plan's answer", () => {
    const plan = planData(service, team ?? null, "private-saas");
    expect(plan.dataUse.training).toBe("unknown");
    expect(plan.facts).toEqual([]);
  });

  it("a policy that sets another model drops the catalog model's answer", () => {
    expect(effectiveDataUse(service, null, "private-saas").training).toBe("unknown");
  });

  it("a model the organisation runs is self-hosted when no source says otherwise", () => {
    expect(effectiveDataUse({ ...service, dataUse: undefined }, null, "on-prem").training).toBe("self-hosted");
    expect(effectiveDataUse({ ...service, dataUse: { training: "unknown" } }, null, "iaas").training).toBe(
      "self-hosted",
    );
    const runtime = { ...service, category: "local-runtime", dataUse: undefined };
    expect(effectiveDataUse(runtime, null, "public-saas").training).toBe("self-hosted");
  });
});

describe("the plan picker's first option", () => {
  const modelOf = (id: string) => {
    const found = rules.model.deploymentModels.find((m) => m.id === id);
    if (found === undefined) throw new Error(id);
    return found;
  };
  it("names the default plan's plans where the catalog has them, and offers a personal plan only where one exists", () => {
    expect(defaultPlanLabel(service, modelOf("public-saas"))).toBe("Example Chat, personal or free plan (or not sure)");
    const chatgpt = rules.services.find((s) => s.id === "chatgpt");
    const ollama = rules.services.find((s) => s.id === "ollama");
    if (chatgpt === undefined || ollama === undefined) throw new Error("catalog lacks chatgpt or ollama");
    expect(defaultPlanLabel(chatgpt, modelOf("public-saas"))).toBe("ChatGPT Free, Plus and Pro (or not sure)");
    expect(defaultPlanLabel(ollama, modelOf("on-prem"))).not.toContain("personal");
    const lechat = rules.services.find((s) => s.id === "mistral-le-chat");
    if (lechat === undefined) throw new Error("catalog lacks mistral-le-chat");
    expect(defaultPlanLabel(lechat, modelOf("public-saas"))).toBe("Le Chat Free, Pro and Student (or not sure)");
  });
});

describe("the catalog, through the engine", () => {
  const verdict = (url: string, variantId: string | null = null) => {
    const match = engine.match(url);
    if (match === null) throw new Error(`no match for ${url}`);
    return engine.verdict(match, { variantId });
  };

  it("ChatGPT's enterprise plan says no training, with OpenAI's enterprise privacy source", () => {
    const v = verdict("https://chatgpt.com/", "chatgpt-enterprise");
    expect(v.deploymentModel).toBe("private-saas");
    expect(v.dataUse.training).toBe("no");
    expect(v.dataUse.source).toBe("https://openai.com/enterprise-privacy");
    expect(verdict("https://chatgpt.com/").dataUse.training).toBe("opt-out");
  });

  it("Ollama runs the model on your machines; DeepSeek says where data goes", () => {
    expect(verdict("https://ollama.com/").dataUse.training).toBe("self-hosted");
    const deepseek = verdict("https://chat.deepseek.com/");
    expect(deepseek.jurisdiction?.processing).toMatch(/People's Republic of China/);
    expect(deepseek.facts.length).toBeGreaterThan(0);
  });

  it("advice fits the service: no chat wording on Hugging Face, tokens and model files instead", () => {
    const v = verdict("https://huggingface.co/");
    const lines = v.responsibilities.flatMap((r) => [...r.do, ...r.dont]).map((l) => l.text);
    expect(lines.join(" ")).not.toMatch(/temporary chat|chat history|chatbot/i);
    expect(v.keyActions.join(" ")).toMatch(/access token/);
    expect(lines.join(" ")).toMatch(/pickle/);
  });

  it("every service gets three key actions for the person, none addressed to IT", () => {
    for (const s of rules.services) {
      // A wildcard rule matches subdomains only: stand a tenant in for it.
      const host = s.match[0]?.host.replace(/^\*\./, "tenant.");
      const path = s.match[0]?.paths?.[0] ?? "/";
      const v = verdict(`https://${host}${path}`);
      expect(v.keyActions, s.id).toHaveLength(3);
      const organisationLines = v.responsibilities
        .flatMap((r) => [...r.do, ...r.dont])
        .filter((l) => l.for === "organisation")
        .map((l) => l.text);
      for (const action of v.keyActions) expect(organisationLines).not.toContain(action);
    }
  });
});

describe("key actions are chosen from the data", () => {
  const line = (text: string, weight: 1 | 2 | 3, from: "model" | "category" | "service", who = "you" as const) => ({
    text,
    weight,
    from,
    for: who,
  });
  const item = (doLines: Responsibility["do"], dontLines: Responsibility["dont"]): Responsibility => ({
    domain: "data-privacy",
    name: "Data Privacy",
    owner: "shared",
    provenance: "seed-text",
    reason: "A reason long enough.",
    do: doLines,
    dont: dontLines,
    admin: [],
  });

  it("highest weight first, then the most specific source, then Don't before Do", () => {
    const actions = keyActions([
      item(
        [line("Model do", 3, "model"), line("Service do", 3, "service"), line("Light", 1, "service")],
        [line("Paste secrets", 3, "model"), line("Category dont", 2, "category")],
      ),
    ]);
    expect(actions).toEqual(["Service do", "Don't paste secrets", "Model do"]);
  });

  it("never picks a line for the organisation", () => {
    const org = { text: "Patch the servers", weight: 3 as const, from: "model" as const, for: "organisation" as const };
    expect(keyActions([item([org, line("Mine", 1, "model")], [])])).toEqual(["Mine"]);
  });

  it("keeps an acronym's case in a Don't sentence", () => {
    expect(dontSentence("API keys in code")).toBe("Don't API keys in code");
    expect(dontSentence("Paste it")).toBe("Don't paste it");
  });
});
