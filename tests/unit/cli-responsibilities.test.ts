/**
 * The CLI's answer is the data: for a known service of each deployment model, `classify --json`
 * lists the twelve domains with the owner, provenance, reason and guidance of rules/model.
 */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Cell, DeploymentModelId, GuidanceLine, GuidanceRefinement } from "../../src/engine/types";
import type { ClassifyResult } from "../../src/node/classify-inputs";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const PROJECT_ROOT = resolve(import.meta.dirname, "../..");
const { model, services } = loadRules(RULES_ROOT);

/** One input per deployment model that a catalog entry maps to by default (private API has none). */
const INPUTS = [
  "chatgpt.com",
  "https://platform.openai.com/docs",
  "https://m365.cloud.microsoft/chat",
  "github.com/copilot",
  "ai.azure.com",
  "runpod.io",
  "ollama.com",
];
const NOT_AI = "example.org";

function classify(inputs: string[]): ClassifyResult[] {
  const out = execFileSync("npx", ["tsx", "src/node/cli/classify.ts", "--json", ...inputs], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return JSON.parse(out) as ClassifyResult[];
}

/** What the CLI must say for one domain of one deployment model, from the data alone. */
function expected(cell: Cell, name: string, admin: string[], refinements: GuidanceRefinement[]) {
  const g = cell.guidance;
  const provider = cell.owner === "provider";
  const model = (lines: GuidanceLine[] | undefined) => (lines ?? []).map((line) => ({ ...line, from: "model" }));
  let doLines = provider
    ? g.youCheck === undefined
      ? []
      : [{ text: g.youCheck, for: "you", weight: 1, from: "model" }]
    : model(g.do);
  let dontLines = provider ? [] : model(g.dont);
  for (const r of refinements.filter((r) => r.domain === cell.domain)) {
    const from = r.service === undefined ? "category" : "service";
    if (r.replace) {
      doLines = doLines.filter((line) => line.for !== "you");
      dontLines = dontLines.filter((line) => line.for !== "you");
    }
    doLines = [...(r.do ?? []).map((line) => ({ ...line, from })), ...doLines];
    dontLines = [...(r.dont ?? []).map((line) => ({ ...line, from })), ...dontLines];
  }
  return {
    domain: cell.domain,
    name,
    owner: cell.owner,
    provenance: cell.provenance,
    reason: cell.reason,
    do: doLines,
    dont: dontLines,
    ...(provider && g.providerDoes !== undefined ? { providerDoes: g.providerDoes } : {}),
    admin,
  };
}

describe("classify --json responsibilities equal rules/model", () => {
  const results = classify([...INPUTS, NOT_AI]);

  it("answers every input, in order", () => {
    expect(results.map((r) => r.input)).toEqual([...INPUTS, NOT_AI]);
  });

  it("covers every deployment model that a service maps to by default", () => {
    const byDefault = new Set(services.map((s) => s.deploymentModel));
    const covered = new Set(results.map((r) => r.deploymentModel).filter((m) => m !== null));
    expect(covered).toEqual(byDefault);
  });

  it.each(INPUTS)("%s", (input) => {
    const result = results.find((r) => r.input === input);
    expect(result?.error).toBeUndefined();
    expect(result?.service).not.toBeNull();
    const service = services.find((s) => s.id === result?.service);
    const deploymentModel = service?.deploymentModel as DeploymentModelId;
    expect(result?.deploymentModel).toBe(deploymentModel);
    expect(result?.deploymentModelName).toBe(model.deploymentModels.find((m) => m.id === deploymentModel)?.name);
    const want = model.domains.map((d) => {
      const cell = model.cells.find((c) => c.domain === d.id && c.model === deploymentModel);
      if (cell === undefined) throw new Error(`no cell ${d.id} x ${deploymentModel}`);
      const refinements = (model.refinements ?? []).filter(
        (r) =>
          (r.service === service?.id || (r.service === undefined && r.category === service?.category)) &&
          (r.models === undefined || r.models.includes(deploymentModel)),
      );
      refinements.sort((a, b) => Number(a.service !== undefined) - Number(b.service !== undefined));
      return expected(cell, d.name, d.admin, refinements);
    });
    expect(result?.responsibilities).toEqual(want);
  });

  it("gives no responsibilities for a host that is not an AI service", () => {
    const result = results.find((r) => r.input === NOT_AI);
    expect(result?.service).toBeNull();
    expect(result?.responsibilities).toEqual([]);
  });
});
