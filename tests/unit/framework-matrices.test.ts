/**
 * Both framework versions against the reference tables (tests/fixtures/reference-matrices.md, a
 * checked-in copy with its provenance), cell by cell; the 2025 guidance held to the same rules as
 * the 2024 guidance (tests/unit/model-data.test.ts); and the invariants that still hold in 2025.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { indexCells2025, lineText, type ResolvedCell2025 } from "../../src/engine/framework-2025";
import { indexCells } from "../../src/engine/responsibilities";
import {
  type CellOwner,
  DEPLOYMENT_MODELS,
  DEPLOYMENT_MODELS_2025,
  type DeploymentModel2025Id,
  DOMAINS_2025,
  type Domain2025Id,
} from "../../src/engine/types";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const { model, model2025 } = loadRules(RULES_ROOT);
const cells2025 = indexCells2025(indexCells(model), model2025);
const MAX_LINE = 140;
const LETTER: Record<string, CellOwner> = { P: "provider", S: "shared", C: "customer", "n/a": "not-applicable" };

/** Table rows as written in the reference, mapped to our domain ids. */
const ROW_IDS: Record<string, Domain2025Id> = {
  "Application Security": "application-security",
  "AI Ethics and Safety": "ai-ethics-safety",
  "User Access Control": "user-access-control",
  "Model Security": "model-security",
  "Data Privacy": "data-privacy",
  "Data Security": "data-security",
  "Monitoring and Logging": "monitoring-logging",
  "Compliance and Governance": "compliance-governance",
  "Supply Chain Security": "supply-chain-security",
  "Network Security": "network-security",
  "Infrastructure Security": "infrastructure-security",
  "Incident Response": "incident-response",
  "Agent Governance": "agent-governance",
  "Code Generation Security": "code-generation-security",
  "Context Pollution Protection": "context-pollution-protection",
  "Multi-System Integration": "multi-system-integration",
};
const COLUMN_IDS_2025: Record<string, DeploymentModel2025Id> = {
  SaaS: "saas",
  PaaS: "paas",
  IaaS: "iaas",
  "On-Prem": "on-prem",
  Embedded: "embedded",
  Agentic: "agentic",
  "AI Coding": "ai-coding",
  MCP: "mcp",
};

/** The markdown table under `## heading`: [domain id, column header, owner] for every cell. */
function referenceCells(heading: string): [Domain2025Id, string, CellOwner][] {
  const text = readFileSync(resolve(import.meta.dirname, "../fixtures/reference-matrices.md"), "utf8");
  const section = text.split(`## ${heading}\n`)[1]?.split("\n## ")[0] ?? "";
  const rows = section
    .split("\n")
    .filter((line) => line.startsWith("|") && !line.startsWith("|---"))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  const [header, ...body] = rows;
  const columns = (header ?? []).slice(1);
  return body.flatMap((row) => {
    const domain = ROW_IDS[row[0] as string];
    if (domain === undefined) throw new Error(`unknown row ${row[0]}`);
    return columns.map((column, i): [Domain2025Id, string, CellOwner] => {
      const owner = LETTER[row[i + 1] as string];
      if (owner === undefined) throw new Error(`unknown owner ${row[i + 1]}`);
      return [domain, column, owner];
    });
  });
}

function cell2025(domain: Domain2025Id, column: DeploymentModel2025Id): ResolvedCell2025 {
  const found = cells2025.get(`${domain}|${column}`);
  if (found === undefined) throw new Error(`no 2025 cell ${domain} x ${column}`);
  return found;
}

describe("both matrices equal the reference tables", () => {
  const table2024 = referenceCells("2024");
  const table2025 = referenceCells("2025");

  it("the tables are complete (12 x 8 and 16 x 8)", () => {
    expect(table2024).toHaveLength(96);
    expect(table2025).toHaveLength(128);
  });

  it.each(table2024)("2024 %s x %s is %s", (domain, column, owner) => {
    const found = model.cells.filter((c) => c.domain === domain && c.model === column);
    expect(found).toHaveLength(1);
    expect(found[0]?.owner).toBe(owner);
  });

  it.each(table2025)("2025 %s x %s is %s", (domain, column, owner) => {
    const id = COLUMN_IDS_2025[column];
    expect(id, column).toBeDefined();
    expect(cell2025(domain, id as DeploymentModel2025Id).owner).toBe(owner);
  });

  it("the 2025 model holds exactly 128 cells and pins the author's commit", () => {
    expect(model2025.cells).toHaveLength(128);
    expect(model2025.framework.pinned.commit).toBe("5013e63207d88ee90e2959387c8651e64cd0663d");
    expect(model2025.framework.pinned.tag).toBe("v1.1.0");
  });
});

const every2025 = DOMAINS_2025.flatMap((domain) => DEPLOYMENT_MODELS_2025.map((m) => [domain, m] as const));

function lines(c: ResolvedCell2025): string[] {
  const g = c.guidance ?? {};
  return [...(g.do ?? []).map(lineText), ...(g.dont ?? []).map(lineText), g.providerDoes, g.youCheck].filter(
    (l): l is string => l !== undefined,
  );
}

const normalise = (line: string) =>
  line
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.!;:,\s]+$/, "")
    .trim();

describe("every 2025 cell has its reason and guidance", () => {
  it.each(every2025)("%s x %s: provenance, reason and guidance fit the owner", (domain, column) => {
    const c = cell2025(domain, column);
    expect(c.provenance).toBe("author-2025");
    expect(c.reason.trim().length).toBeGreaterThan(20);
    const g = c.guidance ?? {};
    if (c.owner === "not-applicable") {
      expect(c.guidance, "a not-applicable cell has no guidance").toBeUndefined();
      expect(c.reason).toMatch(/not applicable/i);
    } else if (c.owner === "provider") {
      expect(g.providerDoes?.trim()).toBeTruthy();
      expect(g.youCheck?.trim()).toBeTruthy();
      expect(g.do).toBeUndefined();
      expect(g.dont).toBeUndefined();
    } else {
      expect(g.do?.length ?? 0).toBeGreaterThanOrEqual(2);
      expect(g.dont?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(g.providerDoes).toBeUndefined();
      for (const line of [...(g.do ?? []), ...(g.dont ?? [])]) {
        expect(["you", "organisation"]).toContain(line.for);
        expect([1, 2, 3]).toContain(line.weight);
      }
    }
    for (const line of lines(c)) expect(line.length, line).toBeLessThanOrEqual(MAX_LINE);
  });

  it.each(DEPLOYMENT_MODELS_2025)("%s: no guidance line appears twice in the column", (column) => {
    const seen = new Map<string, string>();
    for (const domain of DOMAINS_2025) {
      for (const line of lines(cell2025(domain, column))) {
        const key = normalise(line);
        expect(seen.get(key), `"${line}" in ${domain} repeats ${seen.get(key)}`).toBeUndefined();
        seen.set(key, domain);
      }
    }
  });

  it("the four new domains have definitions and admin lines", () => {
    expect(model2025.newDomains.map((d) => d.id)).toEqual([
      "agent-governance",
      "code-generation-security",
      "context-pollution-protection",
      "multi-system-integration",
    ]);
    for (const d of model2025.newDomains) expect(d.admin.length).toBeGreaterThanOrEqual(2);
  });

  it("each 2025 column has a badge of at most four characters", () => {
    expect(model2025.deploymentModels.map((m) => m.id)).toEqual([...DEPLOYMENT_MODELS_2025]);
    for (const m of model2025.deploymentModels) expect(m.badge.text.length).toBeLessThanOrEqual(4);
  });
});

describe("the 2025 invariants", () => {
  it.each(DEPLOYMENT_MODELS_2025)("User Access Control is the customer's in %s", (column) => {
    expect(cell2025("user-access-control", column).owner).toBe("customer");
  });

  it.each(DEPLOYMENT_MODELS_2025)("AI Ethics and Safety is never the provider's alone in %s", (column) => {
    const owner = cell2025("ai-ethics-safety", column).owner;
    expect(owner).toBe(column === "agentic" || column === "mcp" ? "customer" : "shared");
  });

  it("Code Generation Security applies to AI Coding only", () => {
    for (const column of DEPLOYMENT_MODELS_2025) {
      expect(cell2025("code-generation-security", column).owner).toBe(
        column === "ai-coding" ? "customer" : "not-applicable",
      );
    }
  });

  it.each(DOMAINS_2025)(
    "%s: the customer's share never shrinks along SaaS -> PaaS -> IaaS -> on-premises",
    (domain) => {
      const share = { "not-applicable": -1, provider: 0, shared: 1, customer: 2 } as const;
      const shares = (["saas", "paas", "iaas", "on-prem"] as const).map((m) => share[cell2025(domain, m).owner]);
      expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    },
  );

  it("records where the author's texts disagree: PaaS Infrastructure Security is shared, as the matrix says", () => {
    const c = cell2025("infrastructure-security", "paas");
    expect(c.owner).toBe("shared");
    expect(c.note).toMatch(/matrix/);
    expect(model2025.framework.disagreements.map((d) => d.cell)).toContain("infrastructure-security x paas");
  });

  it("a cell that repeats a 2024 column repeats the same owner", () => {
    for (const c of model2025.cells) {
      if (c.sameAs2024 === undefined) continue;
      expect(DEPLOYMENT_MODELS).toContain(c.sameAs2024);
      const from = model.cells.find((x) => x.domain === c.domain && x.model === c.sameAs2024);
      expect(from?.owner, `${c.domain} x ${c.model}`).toBe(c.owner);
    }
  });
});
