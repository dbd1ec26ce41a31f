import { describe, expect, it } from "vitest";
import { withDetails } from "../../src/engine/service-details";
import { rulesForExtension } from "../../src/node/rules-for-extension";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const rules = loadRules(RULES_ROOT);
/** The catalog as a reader of the extension should see it: without reviewers' archive links and notes. */
const asShipped = JSON.parse(JSON.stringify(rules.services), (key, value) =>
  key === "archive" || key === "note" ? undefined : value,
);

describe("rules shipped in the extension", () => {
  const { bundle, details } = rulesForExtension(rules);

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

  it("leave a service the catalog does not hold (a custom one) as it is", () => {
    const [first] = bundle.services;
    if (first === undefined) throw new Error("empty catalog");
    const custom = { ...first, id: "our-own-ai" };
    expect(withDetails(custom, details[custom.id])).toBe(custom);
  });
});
