/**
 * classify: which AI service a URL belongs to, and who owns each security domain.
 *   npm run --silent classify -- [--json] URL|HOST ...
 *   npm run --silent classify -- [--json] -        (one URL or hostname per line on stdin)
 *   --policy FILE: what users see under an admin policy (status, enforcement, the policy's model)
 *   --plan VARIANT_ID: the plan the user has (e.g. chatgpt-enterprise), as the popup's plan picker
 *   --framework 2024|2025: the framework version (default 2024, or the policy's frameworkVersion)
 */
import { readFileSync } from "node:fs";
import { createEngine } from "../../engine/engine";
import {
  choicesUnderPolicy,
  type ManagedPolicy,
  servicesUnderPolicy,
  standingUnderPolicy,
  validatePolicy,
} from "../../engine/policy";
import { FRAMEWORK_VERSIONS, type FrameworkVersion } from "../../engine/types";
import { type ClassifyResult, classifyInput } from "../classify-inputs";
import { readPolicyFile } from "../policy-file";
import { nodePublicSuffixes } from "../public-suffix-data";
import { formatProblem, loadRules, RulesError } from "../rules-loader";
import { RULES_ROOT } from "../rules-root";

const USAGE =
  "usage: classify [--json] [--policy FILE] [--plan VARIANT_ID] [--framework 2024|2025] URL|HOST...   or   classify [options] -   (read lines from stdin)";

/** Removes `--name VALUE` from argv; undefined when absent, null when the value is missing. */
function takeOption(argv: string[], name: string): string | null | undefined {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  const value = argv[at + 1];
  argv.splice(at, value === undefined ? 1 : 2);
  return value === undefined || value.startsWith("--") ? null : value;
}

interface PolicyOutcome {
  status: string | null;
  action: string;
  alternative: string | null;
  alternativeUrl: string | null;
  statusMessage: string | null;
  extraGuidanceDomains: string[];
}

type Result = ClassifyResult & { policy?: PolicyOutcome };

function outcome(policy: ManagedPolicy, serviceId: string): PolicyOutcome {
  return {
    ...standingUnderPolicy(policy, serviceId),
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
  const training = result.dataUse === null ? [] : [`  trains on input: ${result.dataUse.training}`];
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
    ...(result.plan === null ? [] : [`  plan:     ${result.plan}`]),
    ...training,
    ...result.keyActions.map((action, i) => `  ${i === 0 ? "first:" : "      "}    ${action}`),
  ];
  if (result.policy !== undefined) {
    const p = result.policy;
    lines.push(`  policy:   status ${p.status ?? "not set"}, ${p.action}, model from ${result.modelSource}`);
    if (p.alternative !== null) lines.push(`  instead:  ${p.alternative}`);
  }
  lines.push(
    `  your org: ${byOwner("customer")}`,
    `  shared:   ${byOwner("shared")}`,
    `  provider: ${byOwner("provider")}`,
  );
  if (result.framework !== "2024") {
    lines.push(
      `  n/a:      ${byOwner("not-applicable")}`,
      `  framework ${result.framework}: ${result.mapping?.reason ?? ""}`,
    );
  }
  return lines.join("\n");
}

function main(argv: string[]): number {
  const rest = [...argv];
  const policyFile = takeOption(rest, "--policy");
  const plan = takeOption(rest, "--plan");
  const frameworkArg = takeOption(rest, "--framework");
  if (policyFile === null || plan === null || frameworkArg === null) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (frameworkArg !== undefined && !FRAMEWORK_VERSIONS.includes(frameworkArg as FrameworkVersion)) {
    process.stderr.write(`--framework must be one of ${FRAMEWORK_VERSIONS.join(", ")}\n${USAGE}\n`);
    return 2;
  }
  const json = rest.includes("--json");
  const args = rest.filter((a) => a !== "--json");
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
      const checked = validatePolicy(readPolicyFile(policyFile).policy, rules.services, nodePublicSuffixes());
      policy = checked.policy;
      for (const p of checked.problems) process.stderr.write(`policy: key "${p.key}" ignored: ${p.message}\n`);
    } catch (error) {
      process.stderr.write(`${policyFile}: cannot be read as JSON: ${(error as Error).message}\n`);
      return 1;
    }
  }
  if (plan !== undefined && !rules.services.some((s) => s.variants?.some((v) => v.id === plan))) {
    process.stderr.write(`--plan: no service has a plan (variant) "${plan}"\n`);
    return 2;
  }
  const framework = (frameworkArg as FrameworkVersion | undefined) ?? policy?.frameworkVersion ?? "2024";
  const engine = createEngine(policy ? servicesUnderPolicy(rules.services, policy) : rules.services, rules.model, {
    framework,
    model2025: rules.model2025,
  });
  const results: Result[] = readInputs(args).map((input) => {
    const active = policy;
    const choicesFor = (id: string) =>
      active === null ? { variantId: plan ?? null } : choicesUnderPolicy(active, id, plan ?? null);
    const result: Result = classifyInput(engine, input, choicesFor);
    if (active !== null && result.service !== null) result.policy = outcome(active, result.service);
    return result;
  });
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(`${results.map(summary).join("\n\n")}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
