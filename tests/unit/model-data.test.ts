/**
 * Holds the responsibility model in rules/model honest: complete, sourced, guided, and consistent
 * with the framework's own rules. Expectations come from the framework, never from copies of cells.
 */
import { describe, expect, it } from "vitest";
import {
  type Cell,
  DEPLOYMENT_MODELS,
  type DeploymentModelId,
  DOMAINS,
  type DomainId,
  type Owner,
} from "../../src/engine/types";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const { model } = loadRules(RULES_ROOT);
const MAX_LINE = 140;
const CUSTOMER_SHARE: Record<Owner, number> = { provider: 0, shared: 1, customer: 2 };

function cell(domain: DomainId, deploymentModel: DeploymentModelId): Cell {
  const found = model.cells.filter((c) => c.domain === domain && c.model === deploymentModel);
  expect(found, `cells for ${domain} x ${deploymentModel}`).toHaveLength(1);
  return found[0] as Cell;
}

/** Every guidance line of a cell, whatever its owner. */
function guidanceLines(c: Cell): string[] {
  const g = c.guidance;
  return [...(g.do ?? []), ...(g.dont ?? [])]
    .map((line) => line.text)
    .concat([g.providerDoes, g.youCheck].filter((line): line is string => line !== undefined));
}

/** Two lines that differ only in case, spacing or final punctuation are the same line. */
function normalise(line: string): string {
  return line
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.!;:,\s]+$/, "")
    .trim();
}

const everyCell = DOMAINS.flatMap((domain) => DEPLOYMENT_MODELS.map((m) => [domain, m] as const));

describe("the matrix is complete", () => {
  it("lists the eight deployment models and the twelve domains in the framework's order", () => {
    expect(model.deploymentModels.map((m) => m.id)).toEqual([...DEPLOYMENT_MODELS]);
    expect(model.domains.map((d) => d.id)).toEqual([...DOMAINS]);
  });

  it("has exactly 96 cells, one per domain and deployment model", () => {
    expect(model.cells).toHaveLength(DOMAINS.length * DEPLOYMENT_MODELS.length);
    const keys = new Set(model.cells.map((c) => `${c.domain}|${c.model}`));
    expect(keys.size).toBe(model.cells.length);
  });

  it.each(everyCell)("%s x %s has an owner, a provenance and a reason", (domain, m) => {
    const c = cell(domain, m);
    expect(["provider", "shared", "customer"]).toContain(c.owner);
    expect(["seed-text", "author-2025", "inferred"]).toContain(c.provenance);
    expect(c.reason.trim().length).toBeGreaterThan(20);
  });
});

describe("every cell has its guidance", () => {
  it.each(everyCell)("%s x %s: guidance fits the owner", (domain, m) => {
    const c = cell(domain, m);
    const g = c.guidance;
    if (c.owner === "provider") {
      expect(g.providerDoes?.trim(), "providerDoes").toBeTruthy();
      expect(g.youCheck?.trim(), "youCheck").toBeTruthy();
      expect(g.do, "a provider cell has no Do list").toBeUndefined();
      expect(g.dont, "a provider cell has no Don't list").toBeUndefined();
    } else {
      expect(g.do?.length ?? 0, "Do lines").toBeGreaterThanOrEqual(1);
      expect(g.dont?.length ?? 0, "Don't lines").toBeGreaterThanOrEqual(1);
      for (const line of [...(g.do ?? []), ...(g.dont ?? [])]) {
        expect(line.text.trim()).not.toBe("");
        expect(["you", "organisation"]).toContain(line.for);
        expect([1, 2, 3]).toContain(line.weight);
      }
      expect(g.providerDoes, "a customer or shared cell has no providerDoes").toBeUndefined();
    }
  });

  it.each(everyCell)(`%s x %s: every guidance line is at most ${MAX_LINE} characters`, (domain, m) => {
    for (const line of guidanceLines(cell(domain, m))) expect(line.length, line).toBeLessThanOrEqual(MAX_LINE);
  });

  it.each(DEPLOYMENT_MODELS)("%s: no guidance line appears twice in the column", (m) => {
    const seen = new Map<string, DomainId>();
    for (const domain of DOMAINS) {
      for (const line of guidanceLines(cell(domain, m))) {
        const key = normalise(line);
        expect(seen.get(key), `"${line}" in ${domain} repeats ${seen.get(key)}`).toBeUndefined();
        seen.set(key, domain);
      }
    }
  });

  it("every domain has admin lines, each at most 140 characters and none repeated", () => {
    for (const d of model.domains) {
      expect(d.admin.length, d.id).toBeGreaterThanOrEqual(1);
      for (const line of d.admin) expect(line.length, line).toBeLessThanOrEqual(MAX_LINE);
      expect(new Set(d.admin.map(normalise)).size, d.id).toBe(d.admin.length);
    }
  });
});

describe("the person at the keyboard comes first", () => {
  it.each(DEPLOYMENT_MODELS)("%s has at least three weighted lines for the person, one of weight 3", (m) => {
    const lines = DOMAINS.flatMap((domain) => {
      const g = cell(domain, m).guidance;
      return [...(g.do ?? []), ...(g.dont ?? [])].filter((line) => line.for === "you");
    });
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.some((line) => line.weight === 3)).toBe(true);
  });

  it("the organisation's jobs are not addressed to the employee", () => {
    const forYou = model.cells.flatMap((c) =>
      [...(c.guidance.do ?? []), ...(c.guidance.dont ?? [])].filter((line) => line.for === "you"),
    );
    for (const text of ["private endpoints", "physical access", "server room", "SIEM"]) {
      expect(forYou.filter((line) => line.text.includes(text)).map((l) => l.text)).toEqual([]);
    }
  });
});

describe("the framework's fixed rows", () => {
  it.each(DEPLOYMENT_MODELS)("AI Ethics and Safety is shared in %s, by the 2024 article", (m) => {
    const c = cell("ai-ethics-safety", m);
    expect(c.owner).toBe("shared");
    expect(c.provenance).toBe("seed-text");
  });

  it.each(DEPLOYMENT_MODELS)("User Access Control is the customer's in %s", (m) => {
    expect(cell("user-access-control", m).owner).toBe("customer");
  });
});

/** Moves along which the customer's share of a domain may grow or stay, never shrink. */
const NEVER_SHRINKS: [DeploymentModelId, DeploymentModelId][] = [
  ["public-saas", "paas"],
  ["paas", "iaas"],
  ["iaas", "on-prem"],
  ["public-api", "private-api"],
  ["private-api", "paas"],
  ["public-saas", "private-saas"],
  ["public-saas", "public-api"],
  ["private-saas", "private-api"],
];

describe("the customer's share never shrinks as control grows", () => {
  const rows = DOMAINS.flatMap((domain) => NEVER_SHRINKS.map(([from, to]) => [domain, from, to] as const));
  it.each(rows)("%s: %s -> %s", (domain, from, to) => {
    const a = cell(domain, from).owner;
    const b = cell(domain, to).owner;
    expect(CUSTOMER_SHARE[b], `${from} is ${a}, ${to} is ${b}`).toBeGreaterThanOrEqual(CUSTOMER_SHARE[a]);
  });

  it("so the whole chain public SaaS -> PaaS -> IaaS -> on-premises never gives the customer less", () => {
    for (const domain of DOMAINS) {
      const shares = (["public-saas", "paas", "iaas", "on-prem"] as const).map(
        (m) => CUSTOMER_SHARE[cell(domain, m).owner],
      );
      expect(
        [...shares].sort((x, y) => x - y),
        domain,
      ).toEqual(shares);
    }
  });
});

describe("the framework's notes", () => {
  it("names its title, author and source, and lists caveats and what it leaves out", () => {
    expect(model.framework.title).toBe("The AI Security Shared Responsibility Model");
    expect(model.framework.author).toMatch(/Mike Privette/);
    expect(model.framework.source).toMatch(/^https:\/\//);
    expect(model.framework.caveats.length).toBeGreaterThan(0);
    expect(model.framework.notCovered.length).toBeGreaterThan(0);
  });
});
