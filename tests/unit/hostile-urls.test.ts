/**
 * Hostile URLs (audit items 1 and 3): a URL is classified by scheme, host and path whatever the
 * length of its query, fragment, userinfo or path, and path rules see the path as servers do
 * (duplicate slashes, escaped unreserved characters). Checked through the engine and the CLI.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine";
import { MAX_MATCH_PATH, normalisePath } from "../../src/engine/path-normalise";
import { parseUrl } from "../../src/engine/url-parts";
import type { ClassifyResult } from "../../src/node/classify-inputs";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const rules = loadRules(RULES_ROOT);
const engine = createEngine(rules.services, rules.model);
const serviceOf = (url: string) => engine.match(url)?.service.id ?? null;

describe("long URLs are classified by scheme, host and path", () => {
  it.each([
    ["fragment", `https://chatgpt.com/#${"a".repeat(9000)}`],
    ["query", `https://chatgpt.com/?q=${"a".repeat(100_000)}`],
    ["both", `https://chatgpt.com/c/1?${"q".repeat(50_000)}#${"f".repeat(50_000)}`],
    ["userinfo", `https://${"u".repeat(20_000)}@chatgpt.com/`],
    ["a 2 MB fragment", `https://chatgpt.com/#${"a".repeat(2_000_000)}`],
  ])("with a long %s", (_what, url) => {
    expect(serviceOf(url)).toBe("chatgpt");
  });

  it("with a long path: only its start decides, and a rule still needs its whole segment", () => {
    expect(serviceOf(`https://github.com/copilot/${"a".repeat(20_000)}`)).toBe("github-copilot");
    expect(serviceOf(`https://github.com/copilot${"x".repeat(20_000)}`)).toBe(null);
    expect(serviceOf(`https://github.com/${"/".repeat(10_000)}copilot`)).toBe("github-copilot");
    const parts = parseUrl(`https://github.com/${"ab/".repeat(10_000)}`);
    expect(parts?.path.length).toBe(MAX_MATCH_PATH);
  });

  it("goes to the URL parser with a bounded string: a long path with escapes and dot segments", () => {
    const url = `https://github.com/x/../%63opilot/${"%7e/./".repeat(50_000)}?${"q".repeat(10_000)}`;
    expect(serviceOf(url)).toBe("github-copilot");
  });

  it("never throws on hostile lengths and shapes", () => {
    for (const url of [
      `https://${"a.".repeat(100_000)}com/`,
      `https://chatgpt.com:${"9".repeat(10_000)}/`,
      `https://[${":".repeat(10_000)}]/`,
      `http://${"%".repeat(10_000)}/`,
      `https://chatgpt.com/${"%".repeat(10_000)}`,
    ]) {
      expect(() => engine.match(url)).not.toThrow();
    }
  });
});

describe("path spellings servers treat as one path", () => {
  it.each([
    ["https://github.com//copilot", "github-copilot"],
    ["https://github.com///copilot//x", "github-copilot"],
    ["https://github.com/%63opilot", "github-copilot"],
    ["https://github.com/%63%6F%70%69%6c%6f%74", "github-copilot"],
    ["https://github.com/COPILOT", "github-copilot"],
    ["https://github.com/%2fcopilot", null],
    ["https://github.com/copilot%2f", null],
  ])("%s -> %s", (url, service) => {
    expect(serviceOf(url)).toBe(service);
  });

  it("normalisePath: one definition, exported for the network rules", () => {
    expect(normalisePath("//a//b")).toBe("/a/b");
    expect(normalisePath("/%7e%41%2d%2E%5f")).toBe("/~A-._");
    expect(normalisePath("/%2f%3a%zz%4")).toBe("/%2F%3A%zz%4");
    expect(normalisePath("/%252F")).toBe("/%252F");
    expect(normalisePath("")).toBe("/");
    expect(normalisePath("/plain")).toBe("/plain");
  });

  it("classify --json gives the service for each audit URL", () => {
    const inputs = [
      `https://chatgpt.com/#${"a".repeat(9000)}`,
      "https://github.com//copilot",
      "https://github.com/%63opilot",
    ];
    const out = execFileSync("npx", ["tsx", "src/node/cli/classify.ts", "--json", ...inputs], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
    });
    const results = JSON.parse(out) as ClassifyResult[];
    expect(results.map((r) => r.name)).toEqual(["ChatGPT", "GitHub Copilot", "GitHub Copilot"]);
  });
});
