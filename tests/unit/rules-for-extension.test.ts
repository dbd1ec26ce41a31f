import { describe, expect, it } from "vitest";
import { withDetails } from "../../src/engine/service-details";
import { rulesForExtension } from "../../src/node/rules-for-extension";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";
import { readThirdPartyHosts } from "../../src/node/source-review";

const rules = loadRules(RULES_ROOT);
const thirdPartyHosts = readThirdPartyHosts(RULES_ROOT);
const secondHand = (url: string) => thirdPartyHosts.includes(new URL(url).hostname);
/** The catalog as a reader of the extension should see it: no archive links or notes; second-hand sources marked. */
const asShipped = JSON.parse(JSON.stringify(rules.services), (key, value) => {
  if (key === "archive" || key === "note") return undefined;
  if (value !== null && typeof value === "object" && typeof value.source === "string" && secondHand(value.source)) {
    return { ...value, secondHand: true };
  }
  return value;
});

describe("rules shipped in the extension", () => {
  const { bundle, details } = rulesForExtension(rules, thirdPartyHosts);

  it("give the service worker no data use, jurisdiction, facts, notes or archive links", () => {
    const worker = JSON.stringify(bundle.services);
    for (const field of ["dataUse", "jurisdiction", "facts", "note", "archive"]) {
      expect(JSON.stringify(rules.services)).toContain(`"${field}":`);
      expect(worker).not.toContain(`"${field}":`);
    }
    expect(bundle.model).toBe(rules.model);
    expect(bundle.model2025).toBe(rules.model2025);
  });

  it("join back, with the details file, into every service, variant and fact the catalog holds", () => {
    const joined = bundle.services.map((service) => withDetails(service, details[service.id]));
    expect(joined).toEqual(asShipped);
    expect(JSON.stringify(details)).not.toContain('"archive":');
  });

  it("mark the answers that still rest on a third party quoting the vendor, and only those", () => {
    const marked = JSON.stringify(details).match(/"secondHand":true/g)?.length ?? 0;
    const thirdPartySources = JSON.stringify(rules.services)
      .match(/"source":"https:\/\/[^"]+"/g)
      ?.filter((s) => secondHand(s.slice(10, -1)));
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBe(thirdPartySources?.length);
    expect(details.deepl?.dataUse?.secondHand).toBe(true);
    expect(details.chatgpt?.dataUse?.secondHand).toBeUndefined();
  });

  it("leave a service the catalog does not hold (a custom one) as it is", () => {
    const [first] = bundle.services;
    if (first === undefined) throw new Error("empty catalog");
    const custom = { ...first, id: "our-own-ai" };
    expect(withDetails(custom, details[custom.id])).toBe(custom);
  });
});
