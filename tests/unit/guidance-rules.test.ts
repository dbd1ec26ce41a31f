/** rules/guidance and the matrix's line shape: a mistake names the file, the entry and the field. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatProblem, loadRules, RulesError } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of rules/ with one JSON file changed by `edit`. */
function rulesWith(file: string, edit: (data: Record<string, unknown[]>) => void): string {
  const root = mkdtempSync(join(tmpdir(), "rules-"));
  copies.push(root);
  cpSync(RULES_ROOT, root, { recursive: true });
  const path = join(root, file);
  const data = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown[]>;
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
  return root;
}

function problemsOf(root: string): string[] {
  try {
    loadRules(root, root);
  } catch (error) {
    if (error instanceof RulesError) return error.problems.map(formatProblem);
    throw error;
  }
  return [];
}

const line = { text: "Keep the recording consent form signed.", for: "you", weight: 2 };

describe("guidance refinements", () => {
  it("rejects an unknown category or service id, naming the entry", () => {
    const root = rulesWith("guidance/services.json", (data) => {
      data.refinements?.push({
        service: "no-such-service",
        domain: "data-privacy",
        why: "A real risk here.",
        do: [line],
      });
      data.refinements?.push({ category: "chatbots", domain: "data-privacy", why: "A real risk here.", do: [line] });
    });
    const problems = problemsOf(root);
    expect(problems.some((p) => p.includes('"no-such-service" is not a service id'))).toBe(true);
    expect(problems.some((p) => p.includes('"chatbots" is not a service category'))).toBe(true);
  });

  it("rejects a line without its audience or with a weight out of range", () => {
    const root = rulesWith("guidance/categories.json", (data) => {
      data.refinements?.push({
        category: "meeting",
        domain: "data-privacy",
        why: "A real risk here.",
        do: [{ text: "Ask before you record anyone at all.", weight: 5 }],
      });
    });
    const problems = problemsOf(root).join("\n");
    expect(problems).toMatch(/guidance\/categories\.json: refinements\[\d+\]: field "do\[0\]\.for"/);
    expect(problems).toMatch(/field "do\[0\]\.weight": must be equal to one of the allowed values/);
  });

  it("rejects a matrix line that is still a plain string", () => {
    const root = rulesWith("model/matrix.json", (data) => {
      const cell = data.cells?.find((c) => (c as { owner: string }).owner !== "provider") as {
        guidance: { do: unknown[] };
      };
      cell.guidance.do[0] = "Review and test accepted suggestions before merging.";
    });
    expect(problemsOf(root).join("\n")).toMatch(
      /model\/matrix\.json: cells\[\d+\] \(.+\): field "guidance\.do\[0\]": must be object/,
    );
  });
});
