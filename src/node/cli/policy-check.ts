/**
 * policy:check: validates an admin policy file and names each key the extension would ignore.
 *   npm run --silent policy:check -- FILE [--json]
 * Exit code 0: the policy is valid; 1: problems (or unreadable file); 2: usage.
 */
import { networkRules } from "../../engine/network-rules";
import { validatePolicy } from "../../engine/policy";
import { FALLBACKS } from "../../engine/policy/fallbacks";
import { readPolicyFile } from "../policy-file";
import { nodePublicSuffixes } from "../public-suffix-data";
import { formatProblem, loadRules, RulesError } from "../rules-loader";
import { RULES_ROOT } from "../rules-root";

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const files = argv.filter((a) => a !== "--json");
  if (files.length !== 1 || files[0] === "--help" || files[0] === "-h") {
    process.stderr.write("usage: policy:check FILE [--json]\n");
    return 2;
  }
  const file = files[0] as string;
  let rules: ReturnType<typeof loadRules>;
  try {
    rules = loadRules(RULES_ROOT);
  } catch (error) {
    if (error instanceof RulesError) process.stderr.write(`${error.problems.map(formatProblem).join("\n")}\n`);
    return 1;
  }
  let read: ReturnType<typeof readPolicyFile>;
  try {
    read = readPolicyFile(file);
  } catch (error) {
    process.stderr.write(`${file}: cannot be read as JSON: ${(error as Error).message}\n`);
    return 1;
  }
  const { policy, problems } = validatePolicy(read.policy, rules.services, nodePublicSuffixes());
  if (read.policy === undefined) {
    problems.push({ key: "(file)", value: "", message: read.found, fallback: FALLBACKS.wholePolicy });
  }
  if (json) {
    // One object: every problem with what applies instead, and the network rules as installed.
    const out = {
      file,
      found: read.found,
      policy,
      problems: problems.map((p) => ({ key: p.key, value: p.value, message: p.message, fallback: p.fallback ?? "" })),
      networkRules: networkRules(policy, rules.services).rules,
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else if (problems.length === 0) {
    process.stdout.write(`${file}: policy OK (${Object.keys(policy).length} key(s), read from ${read.found})\n`);
  } else {
    process.stderr.write(`${file}: ${problems.length} problem(s); these values would be ignored:\n`);
    for (const p of problems) process.stderr.write(`  key "${p.key}": ${p.message} (value: ${p.value})\n`);
  }
  return problems.length === 0 ? 0 : 1;
}

/** The last net: whatever happens, one plain line and exit code 1, never a stack trace. */
function run(argv: string[]): number {
  try {
    return main(argv);
  } catch (error) {
    const reason = error instanceof RangeError ? "the policy is nested too deeply or is too large" : String(error);
    process.stderr.write(`policy:check could not finish: ${reason.slice(0, 200)}\n`);
    return 1;
  }
}

process.exitCode = run(process.argv.slice(2));
