import { describe, expect, it } from "vitest";
import { validatePolicy } from "../../src/engine/policy";
import { nodePublicSuffixes } from "../../src/node/public-suffix-data";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const catalog = loadRules(RULES_ROOT).services;
const check = (raw: unknown) => validatePolicy(raw, catalog, nodePublicSuffixes());
const keysOf = (raw: unknown) => check(raw).problems.map((p) => p.key);

describe("validatePolicy", () => {
  it("treats no policy and an empty policy as no policy, without problems", () => {
    for (const raw of [undefined, null, {}]) expect(check(raw)).toEqual({ policy: {}, problems: [] });
  });

  it("keeps valid keys and drops each invalid one, naming it", () => {
    const { policy, problems } = check({
      organizationName: "  Contoso   Ltd ",
      acceptableUsePolicyUrl: "http://intranet.example/aup",
      serviceStatuses: { chatgpt: "approved", claude: "allowed", "no-such": "blocked" },
      defaultStatus: "unapproved",
      allowUserSettings: "no",
      favourite: 1,
    });
    expect(policy).toEqual({
      organizationName: "Contoso Ltd",
      serviceStatuses: { chatgpt: "approved" },
      defaultStatus: "unapproved",
    });
    expect(problems.map((p) => p.key).sort()).toEqual(
      [
        "acceptableUsePolicyUrl",
        "allowUserSettings",
        "favourite",
        "serviceStatuses.claude",
        "serviceStatuses.no-such",
      ].sort(),
    );
  });

  it("keeps false when it is set (absence, not falsiness)", () => {
    expect(check({ allowUserSettings: false }).policy).toEqual({ allowUserSettings: false });
  });

  it("rejects wrong types, markup, control characters and huge strings without throwing", () => {
    expect(keysOf({ organizationName: 42 })).toEqual(["organizationName"]);
    expect(keysOf({ organizationName: "<b>Contoso</b>" })).toEqual(["organizationName"]);
    expect(keysOf({ supportContact: "help\u0000desk" })).toEqual(["supportContact"]);
    const huge = check({ organizationName: "x".repeat(1_000_000) });
    expect(huge.policy).toEqual({});
    expect(huge.problems[0]?.value.length).toBeLessThan(120);
    expect(keysOf({ serviceStatuses: ["chatgpt"] })).toEqual(["serviceStatuses"]);
    expect(keysOf("not an object")).toEqual(["(policy)"]);
    expect(keysOf({ extraGuidance: { "data-privacy": { do: "one line" } } })).toEqual([
      "extraGuidance.data-privacy.do",
    ]);
  });

  it("accepts only https links for the acceptable-use policy", () => {
    expect(check({ acceptableUsePolicyUrl: "https://intranet.example/aup" }).policy.acceptableUsePolicyUrl).toBe(
      "https://intranet.example/aup",
    );
    for (const url of ["javascript:alert(1)", "http://x.example", "data:text/html,hi", "https://u:p@x.example/"]) {
      expect(keysOf({ acceptableUsePolicyUrl: url })).toEqual(["acceptableUsePolicyUrl"]);
    }
  });

  it("checks model overrides and variants against the model and the catalog", () => {
    const { policy, problems } = check({
      modelOverrides: { chatgpt: "private-saas", claude: "enterprise" },
      serviceVariants: { chatgpt: "chatgpt-enterprise", claude: "nope" },
    });
    expect(policy.modelOverrides).toEqual({ chatgpt: "private-saas" });
    expect(policy.serviceVariants).toEqual({ chatgpt: "chatgpt-enterprise" });
    expect(problems.map((p) => p.key)).toEqual(["modelOverrides.claude", "serviceVariants.claude"]);
  });

  it("checks custom services entry by entry, and lets other keys refer to them", () => {
    const { policy, problems } = check({
      customServices: [
        { id: "corp-llm", name: "Corp LLM", deploymentModel: "private-api", match: [{ host: "LLM.Corp.Example" }] },
        { id: "chatgpt", name: "Clash", deploymentModel: "paas", match: [{ host: "x.example" }] },
        { id: "wild", name: "Everything", deploymentModel: "paas", match: [{ host: "*" }] },
        { id: "extra", name: "Extra", deploymentModel: "paas", match: [{ host: "e.example" }], script: "x" },
      ],
      serviceStatuses: { "corp-llm": "approved" },
    });
    expect(policy.customServices).toEqual([
      {
        id: "corp-llm",
        name: "Corp LLM",
        vendor: "Your organisation",
        category: "api",
        deploymentModel: "private-api",
        match: [{ host: "llm.corp.example" }],
      },
    ]);
    expect(policy.serviceStatuses).toEqual({ "corp-llm": "approved" });
    expect(problems.map((p) => p.key)).toEqual(["customServices[1]", "customServices[2]", "customServices[3]"]);
  });

  it("keeps extra guidance per known domain only", () => {
    const { policy, problems } = check({
      extraGuidance: {
        "data-privacy": { do: ["Classify first."], dont: ["No customer data."] },
        "made-up": { do: ["x"] },
      },
    });
    expect(policy.extraGuidance).toEqual({ "data-privacy": { do: ["Classify first."], dont: ["No customer data."] } });
    expect(problems.map((p) => p.key)).toEqual(["extraGuidance.made-up"]);
  });
});
