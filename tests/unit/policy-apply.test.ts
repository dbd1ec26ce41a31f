import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine";
import {
  actionFor,
  choicesUnderPolicy,
  servicesUnderPolicy,
  standingUnderPolicy,
  statusFor,
  userMayChoose,
  validatePolicy,
} from "../../src/engine/policy";
import { nodePublicSuffixes } from "../../src/node/public-suffix-data";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const rules = loadRules(RULES_ROOT);
const policyOf = (raw: unknown) => validatePolicy(raw, rules.services, nodePublicSuffixes()).policy;

describe("applying a policy", () => {
  const policy = policyOf({
    defaultStatus: "unapproved",
    serviceStatuses: { chatgpt: "approved", deepseek: "blocked" },
    serviceVariants: { chatgpt: "chatgpt-enterprise" },
    modelOverrides: { claude: "private-saas" },
    disabledServices: ["character-ai"],
    customServices: [
      {
        id: "corp-azure",
        name: "Corp Azure OpenAI",
        deploymentModel: "paas",
        match: [{ host: "corp.openai.azure.com" }],
      },
    ],
    blockedAction: "notice",
  });
  const engine = createEngine(servicesUnderPolicy(rules.services, policy), rules.model);

  it("puts custom services first, so the organisation's own tenant wins over the catalog's wildcard", () => {
    expect(engine.match("https://corp.openai.azure.com/openai")?.service.id).toBe("corp-azure");
    expect(engine.match("https://other.openai.azure.com/openai")?.service.id).toBe("azure-openai");
  });

  it("removes disabled services", () => {
    expect(engine.match("https://character.ai/")).toBeNull();
  });

  it("gives statuses: listed, default, and approved for custom services", () => {
    expect(statusFor(policy, "chatgpt")).toBe("approved");
    expect(statusFor(policy, "claude")).toBe("unapproved");
    expect(statusFor(policy, "corp-azure")).toBe("approved");
    expect(statusFor({}, "claude")).toBeNull();
  });

  it("maps statuses to actions, with defaults", () => {
    expect(actionFor(policy, "blocked")).toBe("notice");
    expect(actionFor({}, "blocked")).toBe("block");
    expect(actionFor({}, "unapproved")).toBe("notice");
    expect(actionFor(policy, "approved")).toBe("badge");
  });

  it("says in one place what users read about a service: status, action, alternative, meaning", () => {
    const withAlternative = policyOf({
      serviceStatuses: { deepseek: "blocked" },
      alternatives: { deepseek: "Contoso Chat https://chat.contoso.example" },
      statusMessages: { blocked: "Use Contoso Chat instead." },
    });
    expect(standingUnderPolicy(withAlternative, "deepseek")).toEqual({
      status: "blocked",
      action: "block",
      alternative: "Contoso Chat",
      alternativeUrl: "https://chat.contoso.example/",
      statusMessage: "Use Contoso Chat instead.",
    });
    expect(standingUnderPolicy(policy, "claude")).toMatchObject({
      status: "unapproved",
      action: "notice",
      alternative: null,
      alternativeUrl: null,
    });
    expect(standingUnderPolicy({}, "claude")).toEqual({
      status: null,
      action: "badge",
      alternative: null,
      alternativeUrl: null,
      statusMessage: null,
    });
  });

  it("lets the policy's variant and override beat the user's choice", () => {
    const chatgpt = engine.match("https://chatgpt.com/");
    if (chatgpt === null) throw new Error("no match");
    expect(engine.verdict(chatgpt, choicesUnderPolicy(policy, "chatgpt", null)).deploymentModel).toBe("private-saas");
    const claude = engine.match("https://claude.ai/");
    if (claude === null) throw new Error("no match");
    const verdict = engine.verdict(claude, choicesUnderPolicy(policy, "claude", "claude-enterprise"));
    expect(verdict.modelSource).toBe("policy");
    expect(userMayChoose(policy, "claude")).toBe(false);
    expect(userMayChoose(policy, "gemini")).toBe(true);
    expect(userMayChoose(policyOf({ allowUserSettings: false }), "gemini")).toBe(false);
    expect(choicesUnderPolicy(policyOf({ allowUserSettings: false }), "gemini", "gemini-workspace")).toEqual({});
  });
});
