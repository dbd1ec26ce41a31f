/** The popup's policy keys: `alternatives` (a name, optionally with an https link) and `statusMessages`. */
import { describe, expect, it } from "vitest";
import { validatePolicy } from "../../src/engine/policy";
import { DEFAULT_STATUS_MESSAGES, statusMessage } from "../../src/engine/policy/validate-status-messages";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const catalog = loadRules(RULES_ROOT).services;
const check = (raw: unknown) => validatePolicy(raw, catalog);

describe("alternatives", () => {
  it("accepts a name, a name ending in an https link, and { name, url }", () => {
    const { policy, problems } = check({
      alternatives: {
        chatgpt: "Use Acme Chat.",
        deepseek: "Acme Chat https://chat.acme.example/start",
        gemini: { name: "Acme Chat", url: "https://chat.acme.example" },
      },
    });
    expect(problems).toEqual([]);
    expect(policy.alternatives).toEqual({
      chatgpt: { name: "Use Acme Chat." },
      deepseek: { name: "Acme Chat", url: "https://chat.acme.example/start" },
      gemini: { name: "Acme Chat", url: "https://chat.acme.example/" },
    });
  });

  it("drops an entry whose link is not https or whose fields are wrong, and keeps the others", () => {
    const { policy, problems } = check({
      alternatives: {
        chatgpt: { name: "Acme", url: "javascript:alert(1)" },
        deepseek: { name: "Acme", href: "https://a.example" },
        gemini: { url: "https://a.example" },
        claude: "Acme Chat",
      },
    });
    expect(policy.alternatives).toEqual({ claude: { name: "Acme Chat" } });
    expect(problems.map((p) => p.key).sort()).toEqual([
      "alternatives.chatgpt",
      "alternatives.deepseek",
      "alternatives.gemini",
    ]);
    expect(problems.find((p) => p.key === "alternatives.chatgpt")?.message).toMatch(/https/);
  });
});

describe("statusMessages", () => {
  it("keeps valid messages and falls back to the built-in meaning for the rest", () => {
    const { policy, problems } = check({
      statusMessages: { tolerated: "Public marketing copy only.", approved: "<b>yes</b>", great: "x" },
    });
    expect(policy.statusMessages).toEqual({ tolerated: "Public marketing copy only." });
    expect(problems.map((p) => p.key).sort()).toEqual(["statusMessages.approved", "statusMessages.great"]);
    for (const p of problems) expect(p.fallback).toBeTruthy();
    expect(statusMessage(policy.statusMessages, "approved")).toBe(DEFAULT_STATUS_MESSAGES.approved);
    expect(statusMessage(policy.statusMessages, "tolerated")).toBe("Public marketing copy only.");
  });

  it("says plainly what tolerated means by default", () => {
    expect(DEFAULT_STATUS_MESSAGES.tolerated).toMatch(/public information only/);
  });

  it("rejects a value that is not an object", () => {
    const { policy, problems } = check({ statusMessages: "be careful" });
    expect(policy.statusMessages).toBeUndefined();
    expect(problems[0]?.key).toBe("statusMessages");
  });
});
