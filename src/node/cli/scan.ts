/**
 * scan: the paste guard's detectors on files or standard input, for people and scripts.
 *   npm run --silent scan -- [--json] [--redact] [--policy FILE] FILE... (or - for standard input)
 * Prints, per input in order, its findings (detector, kind, start and end offsets in UTF-16 code
 * units, as JavaScript counts them) and with --redact the text with each finding replaced by its
 * placeholder. Never prints a finding's value. Exit code 0: nothing found; 1: findings; 2: usage
 * or an unreadable input.
 */
import { readFileSync } from "node:fs";
import { createScanner, detectorLabel, type Finding, redact, type ScanOptions } from "../../engine/guard";
import { validatePolicy } from "../../engine/policy";
import { readPolicyFile } from "../policy-file";
import { nodePublicSuffixes } from "../public-suffix-data";
import { loadRules } from "../rules-loader";
import { RULES_ROOT } from "../rules-root";

const USAGE = "usage: scan [--json] [--redact] [--policy FILE] FILE... (- for standard input)\n";

interface Args {
  json: boolean;
  redact: boolean;
  policy: string | null;
  inputs: string[];
}

function parse(argv: string[]): Args | null {
  const args: Args = { json: false, redact: false, policy: null, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--json") args.json = true;
    else if (arg === "--redact") args.redact = true;
    else if (arg === "--policy") {
      const file = argv[++i];
      if (file === undefined) return null;
      args.policy = file;
    } else if (arg.startsWith("-") && arg !== "-") return null;
    else args.inputs.push(arg);
  }
  return args.inputs.length > 0 ? args : null;
}

/** The detectors and markers the admin policy sets (its other keys do not matter here). */
function optionsFromPolicy(file: string): ScanOptions {
  const { policy, problems } = validatePolicy(
    readPolicyFile(file).policy,
    loadRules(RULES_ROOT).services,
    nodePublicSuffixes(),
  );
  for (const p of problems.filter((p) => p.key.startsWith("pasteGuard")))
    process.stderr.write(`${file}: key "${p.key}" ignored: ${p.message}\n`);
  return { detectors: policy.pasteGuard?.detectors, sensitiveMarkers: policy.pasteGuard?.sensitiveMarkers };
}

function describe(input: string, findings: Finding[]): string {
  if (findings.length === 0) return `${input}: nothing found`;
  const lines = findings.map((f) => `  ${f.start}-${f.end}  ${f.kind.padEnd(9)} ${detectorLabel(f.detector)}`);
  return `${input}: ${findings.length} finding(s)\n${lines.join("\n")}`;
}

function main(argv: string[]): number {
  const args = parse(argv);
  if (args === null) {
    process.stderr.write(USAGE);
    return 2;
  }
  let options: ScanOptions = {};
  try {
    if (args.policy !== null) options = optionsFromPolicy(args.policy);
  } catch (error) {
    process.stderr.write(`${args.policy}: cannot be read as a policy: ${(error as Error).message}\n`);
    return 2;
  }
  const scan = createScanner(options);
  const results: { input: string; findings: Finding[]; redacted?: string }[] = [];
  for (const input of args.inputs) {
    let text: string;
    try {
      text = readFileSync(input === "-" ? 0 : input, "utf8");
    } catch (error) {
      process.stderr.write(`${input}: cannot be read: ${(error as Error).message}\n`);
      return 2;
    }
    const findings = scan(text);
    results.push(args.redact ? { input, findings, redacted: redact(text, findings) } : { input, findings });
  }
  if (args.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else
    for (const r of results) {
      process.stdout.write(`${describe(r.input, r.findings)}\n`);
      if (r.redacted !== undefined) process.stdout.write(`${r.redacted}\n`);
    }
  return results.some((r) => r.findings.length > 0) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
