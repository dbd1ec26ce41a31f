import { getPublicSuffix } from "tldts";
import { describe, expect, it } from "vitest";
import { needsPublicSuffixes, validatePolicy } from "../../src/engine/policy";
import { isPublicSuffix } from "../../src/engine/policy/public-suffix";
import { nodePublicSuffixes, publicSuffixData } from "../../src/node/public-suffix-data";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const suffixes = nodePublicSuffixes();
const data = publicSuffixData();
/** tldts's own answer, which the shipped list must reproduce. */
const tldtsSays = (host: string) => getPublicSuffix(host, { allowPrivateDomains: true }) === host;

describe("the Public Suffix List the extension ships", () => {
  it("holds the ICANN and private sections, wildcards and exceptions", () => {
    expect(data.rules.length).toBeGreaterThan(9000);
    expect(data.rules).toEqual(expect.arrayContaining(["co.uk", "github.io", "blogspot.com", "*.ck"]));
    expect(data.exceptions).toContain("www.ck");
  });

  it("agrees with tldts on every rule, every wildcard and every exception", () => {
    const disagreements: string[] = [];
    for (const rule of data.rules) {
      const host = rule.startsWith("*.") ? `anything.${rule.slice(2)}` : rule;
      if (isPublicSuffix(host, suffixes) !== tldtsSays(host) || !tldtsSays(host)) disagreements.push(rule);
    }
    for (const exception of data.exceptions) {
      if (isPublicSuffix(exception, suffixes) || tldtsSays(exception)) disagreements.push(`!${exception}`);
    }
    expect(disagreements).toEqual([]);
  });

  it("agrees with tldts on the catalog's hosts and on hosts an organisation would name", () => {
    const hosts = [
      ...loadRules(RULES_ROOT).services.flatMap((s) => s.match.map((m) => m.host.replace(/^\*\./, ""))),
      "llm.corp.example",
      "contoso.co.uk",
      "ai.contoso.github.io",
      "com",
      "localhost",
      "deep.sub.ck",
      "one.ck",
    ];
    for (const host of hosts) expect(isPublicSuffix(host, suffixes), host).toBe(tldtsSays(host));
  });
});

describe("custom services without the list", () => {
  const services = loadRules(RULES_ROOT).services;
  const policy = {
    customServices: [
      { id: "our-llm", name: "Our LLM", deploymentModel: "private-api", match: [{ host: "llm.corp.example" }] },
    ],
  };

  it("are refused, with a problem that says why, rather than left unchecked", () => {
    const { policy: applied, problems } = validatePolicy(policy, services, null);
    expect(applied.customServices).toBeUndefined();
    expect(problems.map((p) => p.message)).toContain("could not be checked: the Public Suffix List did not load");
    expect(validatePolicy(policy, services, suffixes).policy.customServices?.map((s) => s.id)).toEqual(["our-llm"]);
  });

  it("are the only reason to read the list", () => {
    expect(needsPublicSuffixes(policy)).toBe(true);
    expect(needsPublicSuffixes({ defaultStatus: "blocked" })).toBe(false);
    expect(needsPublicSuffixes("not a policy")).toBe(false);
  });
});
