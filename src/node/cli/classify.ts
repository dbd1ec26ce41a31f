/**
 * classify: which AI service a URL belongs to, and who owns each security domain.
 *   npm run --silent classify -- [--json] URL|HOST ...
 *   npm run --silent classify -- [--json] -        (one URL or hostname per line on stdin)
 */
import { readFileSync } from "node:fs";
import { createEngine } from "../../engine/engine";
import { type ClassifyResult, classifyInput } from "../classify-inputs";
import { formatProblem, loadRules, RulesError } from "../rules-loader";
import { RULES_ROOT } from "../rules-root";

const USAGE = "usage: classify [--json] URL|HOST...   or   classify [--json] -   (read lines from stdin)";

function readInputs(args: string[]): string[] {
  if (args.length === 1 && args[0] === "-") {
    return readFileSync(0, "utf8")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith("#"));
  }
  return args;
}

function summary(result: ClassifyResult): string {
  if (result.error !== undefined) return `${result.input}\n  error: ${result.error}`;
  if (result.service === null) return `${result.input}\n  no known AI service`;
  const rule = result.matchedRule?.path
    ? `${result.matchedRule.host}${result.matchedRule.path}`
    : result.matchedRule?.host;
  const byOwner = (owner: string) =>
    result.responsibilities
      .filter((r) => r.owner === owner)
      .map((r) => r.name)
      .join(", ") || "none";
  return [
    result.input,
    `  ${result.name} (${result.vendor}): ${result.deploymentModelName} [${result.deploymentModel}], rule ${rule}`,
    `  you:      ${byOwner("customer")}`,
    `  shared:   ${byOwner("shared")}`,
    `  provider: ${byOwner("provider")}`,
  ].join("\n");
}

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const args = argv.filter((a) => a !== "--json");
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
    process.stderr.write(`${USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
  let rules: ReturnType<typeof loadRules>;
  try {
    rules = loadRules(RULES_ROOT);
  } catch (error) {
    if (error instanceof RulesError) process.stderr.write(`${error.problems.map(formatProblem).join("\n")}\n`);
    else process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
  const engine = createEngine(rules.services, rules.model);
  const results = readInputs(args).map((input) => classifyInput(engine, input));
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(`${results.map(summary).join("\n\n")}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
