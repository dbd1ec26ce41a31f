import { describe, expect, it } from "vitest";
import { parseUrl, toUrlString } from "../../src/engine/url-parts";

describe("parseUrl", () => {
  it.each([
    ["https://chatgpt.com/", "chatgpt.com", "/"],
    ["https://ChatGPT.COM/c/Abc?x=1#y", "chatgpt.com", "/c/Abc"],
    ["https://chatgpt.com./", "chatgpt.com", "/"],
    ["https://chatgpt.com:8443/path", "chatgpt.com", "/path"],
    ["http://user:pw@chatgpt.com/", "chatgpt.com", "/"],
    ["https://chatgpt.com", "chatgpt.com", "/"],
    ["https://chatgpt.com?q=1", "chatgpt.com", "/"],
    ["HTTPS://WWW.CHATGPT.COM/", "www.chatgpt.com", "/"],
    ["https://münchen.de/", "xn--mnchen-3ya.de", "/"],
    ["https://ＣＨＡＴＧＰＴ.com/", "chatgpt.com", "/"],
    ["https://github.com/copilot/../settings", "github.com", "/settings"],
    ["https://github.com/%63opilot", "github.com", "/copilot"],
  ])("%s -> %s %s", (input, host, path) => {
    expect(parseUrl(input)).toEqual({ host, path });
  });

  it.each([
    "https://127.0.0.1/",
    "https://[::1]/",
    "https://10.0.0.1:8080/x",
    "https://0x7f.1/",
    "ftp://chatgpt.com/",
    "chrome://extensions/",
    "about:blank",
    "file:///etc/passwd",
    "https://",
    "https:///path",
    "https://a..b.com/",
    "not a url",
    "",
    `https://${"a".repeat(64)}.com/`,
    "https://exa mple.com/",
    "https://xn--.com/",
  ])("rejects %s without throwing", (input) => {
    expect(() => parseUrl(input)).not.toThrow();
    const parsed = parseUrl(input);
    if (parsed !== null) expect(parsed.host).not.toMatch(/^\d|\.\d+$|\[|\s/);
  });

  it("never throws on hostile input", () => {
    for (const input of [null, undefined, 42, {}, "https://\u0000/", "https://%zz/", "h".repeat(10_000)]) {
      expect(() => parseUrl(input as string)).not.toThrow();
    }
  });
});

describe("toUrlString", () => {
  it("reads bare hostnames as https", () => {
    expect(toUrlString("chatgpt.com")).toBe("https://chatgpt.com");
    expect(toUrlString("  github.com/copilot ")).toBe("https://github.com/copilot");
    expect(toUrlString("localhost:8080")).toBe("https://localhost:8080");
  });
  it("keeps URLs with a scheme", () => {
    expect(toUrlString("http://claude.ai/x")).toBe("http://claude.ai/x");
  });
  it("refuses empty text and text with spaces", () => {
    expect(toUrlString("")).toBeNull();
    expect(toUrlString("not a url")).toBeNull();
  });
});
