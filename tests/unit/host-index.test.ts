import { describe, expect, it } from "vitest";
import { classifyUrl } from "../../src/engine/classify";
import { buildHostIndex } from "../../src/engine/host-index";
import type { Service } from "../../src/engine/types";

function service(id: string, match: Service["match"]): Service {
  return {
    id,
    name: id,
    vendor: "Test",
    category: "chat",
    deploymentModel: "public-saas",
    match,
    source: "https://example.org/",
    reviewed: "2026-11-26",
  };
}

const index = buildHostIndex([
  service("chatgpt", [{ host: "chatgpt.com" }]),
  service("github-copilot", [{ host: "github.com", paths: ["/copilot", "/settings/copilot/"] }]),
  service("azure-openai", [{ host: "*.openai.azure.com" }, { host: "ai.azure.com" }]),
  service("gemini", [{ host: "gemini.google.com" }]),
  service("vertex", [{ host: "console.cloud.google.com", paths: ["/vertex-ai"] }]),
  service("tenant-gateway", [{ host: "contoso.openai.azure.com" }]),
  service("idn", [{ host: "xn--mnchen-3ya.de" }]),
]);

const idOf = (url: string) => classifyUrl(index, url)?.service.id ?? null;

describe("host matching on whole labels", () => {
  it.each([
    ["https://chatgpt.com/", "chatgpt"],
    ["https://www.chatgpt.com/c/1", "chatgpt"],
    ["https://a.b.c.chatgpt.com/", "chatgpt"],
    ["https://CHATGPT.com./", "chatgpt"],
    ["https://chatgpt.com:443/", "chatgpt"],
    ["https://gemini.google.com/app", "gemini"],
    ["https://münchen.de/", "idn"],
  ])("%s is %s", (url, id) => expect(idOf(url)).toBe(id));

  it.each([
    "https://notchatgpt.com/",
    "https://chatgpt.com.evil.example/",
    "https://chatgpt.co/",
    "https://chatgptcom/",
    "https://evil.example/chatgpt.com",
    "https://evil.example/?u=https://chatgpt.com/",
    "https://chatgpt.com@evil.example/",
    "https://google.com/",
    "https://mail.google.com/",
    "https://xn--chtgpt-5qf.com/",
    "https://chаtgpt.com/",
  ])("%s matches nothing", (url) => expect(idOf(url)).toBeNull());
});

describe("path prefixes for shared hosts", () => {
  it.each([
    ["https://github.com/copilot", "github-copilot"],
    ["https://github.com/copilot/", "github-copilot"],
    ["https://github.com/copilot/c/123?x=1", "github-copilot"],
    ["https://github.com/Copilot", "github-copilot"],
    ["https://github.com/settings/copilot", "github-copilot"],
    ["https://console.cloud.google.com/vertex-ai/studio", "vertex"],
  ])("%s is %s", (url, id) => expect(idOf(url)).toBe(id));

  it.each([
    "https://github.com/",
    "https://github.com/copilotx",
    "https://github.com/features/copilot",
    "https://github.com/settings",
    "https://console.cloud.google.com/compute",
  ])("%s matches nothing", (url) => expect(idOf(url)).toBeNull());
});

describe("wildcard labels for per-tenant hosts", () => {
  it("matches any tenant but not the bare suffix", () => {
    expect(idOf("https://fabrikam.openai.azure.com/openai/deployments")).toBe("azure-openai");
    expect(idOf("https://x.y.openai.azure.com/")).toBe("azure-openai");
    expect(idOf("https://openai.azure.com/")).toBeNull();
    expect(idOf("https://azure.com/")).toBeNull();
  });
  it("prefers the most specific host", () => {
    expect(idOf("https://contoso.openai.azure.com/")).toBe("tenant-gateway");
    expect(idOf("https://ai.azure.com/")).toBe("azure-openai");
  });
  it("reports the rule that matched", () => {
    const match = classifyUrl(index, "https://fabrikam.openai.azure.com/");
    expect(match?.host).toBe("*.openai.azure.com");
    expect(classifyUrl(index, "https://github.com/copilot/x")?.path).toBe("/copilot");
  });
});

describe("inputs that never match and never throw", () => {
  it.each([
    "https://127.0.0.1/",
    "http://[::1]:11434/",
    "https://192.168.1.10/chatgpt.com",
    "chrome://newtab/",
    "about:blank",
    "data:text/html,chatgpt.com",
    "javascript:alert(1)",
    "",
    "%%%",
  ])("%s", (url) => {
    expect(() => classifyUrl(index, url)).not.toThrow();
    expect(idOf(url)).toBeNull();
  });
});

describe("index", () => {
  it("counts rules and keeps the first claim of a host", () => {
    const first = buildHostIndex([service("a", [{ host: "x.example" }]), service("b", [{ host: "x.example" }])]);
    expect(first.size).toBe(2);
    expect(classifyUrl(first, "https://x.example/")?.service.id).toBe("a");
  });
});
