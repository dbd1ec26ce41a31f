/**
 * classify: which AI service a URL belongs to, and who owns each security domain.
 *   npm run --silent classify -- [--json] URL|HOST ...
 *   npm run --silent classify -- [--json] -        (one URL or hostname per line on stdin)
 *   --policy FILE: what users see under an admin policy (status, enforcement, the policy's model)
 */
import { readFileSync } from "node:fs";
import { createEngine } from "../../engine/engine";
import {
  actionFor,
  alternativeFor,
  choicesUnderPolicy,
  type ManagedPolicy,
  servicesUnderPolicy,
  statusFor,
  validatePolicy,
} from "../../engine/policy";
import { type ClassifyResult, classifyInput } from "../classify-inputs";
import { readPolicyFile } from "../policy-file";
import { formatProblem, loadRules, RulesError } from "../rules-loader";
import { RULES_ROOT } from "../rules-root";

const USAGE =
  "usage: classify [--json] [--policy FILE] URL|HOST...   or   classify [--json] [--policy FILE] -   (read lines from stdin)";

interface PolicyOutcome {
  status: string | null;
  action: string;
  alternative: string | null;
  extraGuidanceDomains: string[];
}

type Result = ClassifyResult & { policy?: PolicyOutcome };

function outcome(policy: ManagedPolicy, serviceId: string): PolicyOutcome {
  const status = statusFor(policy, serviceId);
  return {
    status,
    action: actionFor(policy, status),
    alternative: alternativeFor(policy, serviceId),
    extraGuidanceDomains: Object.keys(policy.extraGuidance ?? {}),
  };
}

function readInputs(args: string[]): string[] {
  if (args.length === 1 && args[0] === "-") {
    return readFileSync(0, "utf8")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && !line.startsWith("#"));
  }
  return args;
}

function summary(result: Result): string {
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
  const lines = [
    result.input,
    `  ${result.name} (${result.vendor}): ${result.deploymentModelName} [${result.deploymentModel}], rule ${rule}`,
  ];
  if (result.policy !== undefined) {
    const p = result.policy;
    lines.push(`  policy:   status ${p.status ?? "not set"}, ${p.action}, model from ${result.modelSource}`);
    if (p.alternative !== null) lines.push(`  instead:  ${p.alternative}`);
  }
  lines.push(
    `  you:      ${byOwner("customer")}`,
    `  shared:   ${byOwner("shared")}`,
    `  provider: ${byOwner("provider")}`,
  );
  return lines.join("\n");
}

function main(argv: string[]): number {
  const json = argv.includes("--json");
  const policyAt = argv.indexOf("--policy");
  const policyFile = policyAt >= 0 ? argv[policyAt + 1] : undefined;
  if (policyAt >= 0 && policyFile === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const args = argv.filter((a, i) => a !== "--json" && (policyAt < 0 || (i !== policyAt && i !== policyAt + 1)));
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
  let policy: ManagedPolicy | null = null;
  if (policyFile !== undefined) {
    try {
      const checked = validatePolicy(readPolicyFile(policyFile).policy, rules.services);
      policy = checked.policy;
      for (const p of checked.problems) process.stderr.write(`policy: key "${p.key}" ignored: ${p.message}\n`);
    } catch (error) {
      process.stderr.write(`${policyFile}: cannot be read as JSON: ${(error as Error).message}\n`);
      return 1;
    }
  }
  const engine = createEngine(policy ? servicesUnderPolicy(rules.services, policy) : rules.services, rules.model);
  const results: Result[] = readInputs(args).map((input) => {
    if (policy === null) return classifyInput(engine, input);
    const active = policy;
    const result: Result = classifyInput(engine, input, (id) => choicesUnderPolicy(active, id, null));
    if (result.service !== null) result.policy = outcome(active, result.service);
    return result;
  });
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(`${results.map(summary).join("\n\n")}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
