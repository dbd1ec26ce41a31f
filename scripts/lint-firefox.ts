/**
 * Runs Mozilla's add-ons linter (web-ext lint) on dist/firefox and prints one line per finding:
 * the build fails on errors; warnings are shown, not fatal.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { PROJECT_ROOT } from "../src/node/rules-root";

interface Finding {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: Finding[];
  warnings: Finding[];
}

const run = spawnSync(
  join(PROJECT_ROOT, "node_modules/.bin/web-ext"),
  ["lint", "--source-dir", join(PROJECT_ROOT, "dist/firefox"), "--self-hosted", "--output", "json"],
  { encoding: "utf8" },
);
let report: LintReport;
try {
  report = JSON.parse(run.stdout) as LintReport;
} catch {
  process.stderr.write(`web-ext lint did not run:\n${run.stdout}${run.stderr}`);
  process.exit(1);
}
const line = (kind: string, f: Finding) => `  ${kind} ${f.code}${f.file ? ` (${f.file})` : ""}: ${f.message}`;
process.stdout.write(
  `web-ext lint dist/firefox: ${report.summary.errors} errors, ${report.summary.warnings} warnings\n` +
    [...report.errors.map((f) => line("error", f)), ...report.warnings.map((f) => line("warning", f))]
      .map((l) => `${l}\n`)
      .join(""),
);
process.exitCode = report.summary.errors > 0 ? 1 : 0;
