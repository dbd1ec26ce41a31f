/**
 * Where the content scripts run for an admin's custom services: the patterns registered at run
 * time, from the policy, the granted access and the built manifest's own patterns.
 */
import { describe, expect, it } from "vitest";
import {
  contentScriptMatches,
  coveringHost,
  hostAndParents,
  withTrailingDotHosts,
} from "../../src/engine/match-pattern";
import type { CustomService, ManagedPolicy } from "../../src/engine/policy/types";
import { customHostPatterns, customScriptMatches } from "../../src/extension/shared/custom-hosts";
import { extensionRelativePath } from "../../src/extension/shared/extension-path";
import { buildManifest } from "../../src/node/manifest";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const rules = loadRules(RULES_ROOT);
const manifestMatches = (target: "chrome" | "firefox") => {
  const manifest = buildManifest(
    { permissions: [], background: { service_worker: "sw.js" }, content_scripts: [{ matches: [], js: ["c.js"] }] },
    rules.services,
    target,
    "1.0.0",
  );
  return (manifest.content_scripts as { matches: string[] }[])[0]?.matches ?? [];
};
const CHROME = manifestMatches("chrome");
const FIREFOX = manifestMatches("firefox");

const service = (id: string, match: CustomService["match"]): CustomService => ({
  id,
  name: id,
  vendor: "Contoso",
  category: "api",
  deploymentModel: "private-api",
  match,
});
const policy = (...services: CustomService[]): ManagedPolicy => ({ customServices: services });
const GATEWAY = service("gateway", [{ host: "llm.contoso.example" }]);
const GRANTED_GATEWAY = ["*://*.llm.contoso.example/*"];

describe("host labels", () => {
  it("lists a host and its parents on whole labels", () => {
    expect(hostAndParents("a.b.example")).toEqual(["a.b.example", "b.example", "example"]);
    expect(coveringHost("a.b.example", new Set(["b.example"]))).toBe("b.example");
    expect(coveringHost("notb.example", new Set(["b.example"]))).toBeNull();
  });
});

describe("content-script patterns for custom services", () => {
  it("runs on a granted custom host, as the manifest runs on catalog hosts", () => {
    expect(customScriptMatches(policy(GATEWAY), GRANTED_GATEWAY, CHROME)).toEqual({
      matches: ["*://*.llm.contoso.example/*"],
      excludeMatches: [],
    });
  });

  it("runs nowhere before the host is granted, and everywhere listed once all hosts are", () => {
    expect(customScriptMatches(policy(GATEWAY), [], CHROME).matches).toEqual([]);
    expect(customScriptMatches(policy(GATEWAY), ["*://*.other.example/*"], CHROME).matches).toEqual([]);
    expect(customScriptMatches(policy(GATEWAY), ["*://*/*"], CHROME).matches).toEqual(["*://*.llm.contoso.example/*"]);
    // A grant for a parent host covers its subdomains; a sibling's does not.
    expect(customScriptMatches(policy(GATEWAY), ["*://*.contoso.example/*"], CHROME).matches).toHaveLength(1);
    expect(customScriptMatches(policy(GATEWAY), ["*://*.ontoso.example/*"], CHROME).matches).toEqual([]);
  });

  it("runs only on a custom service's paths, and only on the granted ones of several hosts", () => {
    const paths = service("paths", [{ host: "tools.contoso.example", paths: ["/chat/", "/ask"] }]);
    const other = service("other", [{ host: "ml.fabrikam.example" }]);
    expect(customScriptMatches(policy(paths, other), ["*://*.tools.contoso.example/*"], CHROME).matches).toEqual([
      "*://*.tools.contoso.example/ask*",
      "*://*.tools.contoso.example/chat*",
    ]);
  });

  it("uses the same pattern function as the manifest", () => {
    expect(customScriptMatches(policy(GATEWAY), ["*://*/*"], CHROME).matches).toEqual(contentScriptMatches([GATEWAY]));
  });

  it("adds the trailing-dot spelling where the manifest does (Firefox), if that spelling is granted", () => {
    expect(customScriptMatches(policy(GATEWAY), GRANTED_GATEWAY, FIREFOX).matches).toEqual([
      "*://*.llm.contoso.example/*",
    ]);
    expect(customScriptMatches(policy(GATEWAY), ["*://*/*"], FIREFOX).matches).toEqual(
      withTrailingDotHosts(["*://*.llm.contoso.example/*"]),
    );
  });

  it("has the admin page ask Firefox for each host's trailing-dot spelling too, so the scripts cover it", () => {
    const requested = customHostPatterns(policy(GATEWAY), FIREFOX);
    expect(requested).toEqual(["*://*.llm.contoso.example./*", "*://*.llm.contoso.example/*"]);
    expect(customScriptMatches(policy(GATEWAY), requested, FIREFOX).matches).toEqual(requested);
    expect(customHostPatterns(policy(GATEWAY), CHROME)).toEqual(GRANTED_GATEWAY);
  });

  it("leaves hosts the manifest's scripts already cover to them (no script twice in a page)", () => {
    const azure = service("azure", [{ host: "contoso-prod.openai.azure.com" }]);
    const chatgpt = service("own-chatgpt", [{ host: "chatgpt.com" }]);
    expect(customScriptMatches(policy(azure, chatgpt), ["*://*/*"], CHROME)).toEqual({
      matches: [],
      excludeMatches: [],
    });
  });

  it("excludes the manifest's own paths inside a custom host", () => {
    // An organisation claims all of github.com: the manifest's scripts keep its AI paths.
    const github = service("contoso-github", [{ host: "github.com" }]);
    const result = customScriptMatches(policy(github), ["*://*/*"], CHROME);
    expect(result.matches).toEqual(["*://*.github.com/*"]);
    expect(result.excludeMatches).toContain("*://*.github.com/copilot*");
    expect(result.excludeMatches.every((p) => p.startsWith("*://*.github.com/"))).toBe(true);
  });

  it("excludes catalog hosts under a custom parent host", () => {
    const azure = service("azure-all", [{ host: "azure.com" }]);
    const result = customScriptMatches(policy(azure), ["*://*/*"], CHROME);
    expect(result.matches).toEqual(["*://*.azure.com/*"]);
    expect(result.excludeMatches).toContain("*://*.openai.azure.com/*");
  });

  it("is empty without custom services, and the admin page's patterns are the granted ones", () => {
    expect(customScriptMatches({}, ["*://*/*"], CHROME)).toEqual({ matches: [], excludeMatches: [] });
    expect(customHostPatterns(policy(GATEWAY))).toEqual(GRANTED_GATEWAY);
  });
});

describe("content script files for registration", () => {
  it("makes Firefox's full moz-extension:// URLs relative to the extension, and leaves Chrome's paths as written", () => {
    const root = "moz-extension://6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b/";
    expect(extensionRelativePath(`${root}src/extension/content/index.js`, root)).toBe("src/extension/content/index.js");
    expect(extensionRelativePath(`${root}assets/a.js`, root.slice(0, -1))).toBe("assets/a.js");
    expect(extensionRelativePath("src/extension/content/index.js", "chrome-extension://abc/")).toBe(
      "src/extension/content/index.js",
    );
    expect(extensionRelativePath("/assets/a.js", "chrome-extension://abc/")).toBe("assets/a.js");
  });
});
