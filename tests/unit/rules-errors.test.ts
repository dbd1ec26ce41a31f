/** A broken rules/ folder fails rules:check and the build, naming the file, the entry and the field. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatProblem, loadRules, RulesError } from "../../src/node/rules-loader";
import { PROJECT_ROOT, RULES_ROOT } from "../../src/node/rules-root";

type ServicesFile = { services: Record<string, unknown>[] };

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of rules/ with flagship.json changed by `edit`. */
function brokenRules(edit: (file: ServicesFile) => void): string {
  const root = mkdtempSync(join(tmpdir(), "rules-"));
  copies.push(root);
  cpSync(RULES_ROOT, root, { recursive: true });
  const path = join(root, "services/flagship.json");
  const data = JSON.parse(readFileSync(path, "utf8")) as ServicesFile;
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

const indexOf = (file: ServicesFile, id: string) => file.services.findIndex((s) => s.id === id);

describe("rules errors name file, entry and field", () => {
  it("accepts the shipped rules", () => {
    expect(problemsOf(RULES_ROOT)).toEqual([]);
  });

  it("a bad deployment model", () => {
    const root = brokenRules((f) => {
      (f.services[indexOf(f, "claude")] as { deploymentModel: string }).deploymentModel = "cloud";
    });
    const problems = problemsOf(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^services\/flagship\.json: services\[\d+\] \(id "claude"\): field "deploymentModel": /,
    );
  });

  it("a malformed host inside a match rule", () => {
    const root = brokenRules((f) => {
      (f.services[indexOf(f, "gemini")] as { match: { host: string }[] }).match[0] = { host: "Gemini.Google.com/" };
    });
    expect(problemsOf(root).join("\n")).toMatch(
      /services\[\d+\] \(id "gemini"\): field "match\[0\]\.host": must match/,
    );
  });

  it("a missing required field", () => {
    const root = brokenRules((f) => {
      delete f.services[indexOf(f, "chatgpt")]?.source;
    });
    expect(problemsOf(root).join("\n")).toMatch(/\(id "chatgpt"\): field "source": must have required property/);
  });

  it("two services claiming the same host", () => {
    const root = brokenRules((f) => {
      (f.services[indexOf(f, "claude")] as { match: { host: string }[] }).match.push({ host: "chatgpt.com" });
    });
    expect(problemsOf(root).join("\n")).toMatch(
      /service "claude": field "match\[\d+\]\.host": "chatgpt\.com" is already claimed/,
    );
  });

  it("a rule that would match a shared apex", () => {
    const root = brokenRules((f) => {
      (f.services[indexOf(f, "github-copilot")] as { match: { host: string }[] }).match.push({ host: "github.com" });
    });
    expect(problemsOf(root).join("\n")).toMatch(/"github\.com" would match the shared host github\.com/);
  });

  it("a wildcard that would swallow a shared host", () => {
    const root = brokenRules((f) => {
      (f.services[indexOf(f, "gemini")] as { match: { host: string }[] }).match.push({ host: "*.google.com" });
    });
    expect(problemsOf(root).join("\n")).toMatch(/"\*\.google\.com" would match the shared host/);
  });

  it("invalid JSON", () => {
    const root = brokenRules(() => {});
    writeFileSync(join(root, "services/flagship.json"), "{ not json");
    expect(problemsOf(root).join("\n")).toMatch(
      /^services\/flagship\.json: \(file\): field "\(json\)": is not valid JSON/,
    );
  });

  it("fails the real build and rules:check with the same message", () => {
    const root = brokenRules((f) => {
      (f.services[indexOf(f, "claude")] as { vendor: number }).vendor = 42;
    });
    const env = { ...process.env, RULES_DIR: root };
    const check = spawnSync("npx", ["tsx", "src/node/cli/rules-check.ts"], {
      cwd: PROJECT_ROOT,
      env,
      encoding: "utf8",
    });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/flagship\.json: services\[\d+\] \(id "claude"\): field "vendor": must be string/);
    const outDir = join(root, "out");
    const build = spawnSync(
      "npx",
      ["vite", "build", "--configLoader", "runner", "--mode", "chrome", "--logLevel", "error", "--outDir", outDir],
      { cwd: PROJECT_ROOT, env, encoding: "utf8" },
    );
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toMatch(/\(id "claude"\): field "vendor": must be string/);
  }, 60_000);
});
