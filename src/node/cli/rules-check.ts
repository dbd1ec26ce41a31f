/** rules:check: validates everything in rules/ and names the file, entry and field of each problem. */
import { formatProblem, loadRules, RulesError } from "../rules-loader";
import { REVIEW_MAX_AGE_DAYS, reviewWarnings } from "../rules-review";
import { RULES_ROOT } from "../rules-root";

function main(): number {
  try {
    const rules = loadRules(RULES_ROOT);
    const hosts = rules.services.reduce((n, s) => n + s.match.length, 0);
    process.stdout.write(
      `rules OK: ${rules.services.length} services, ${hosts} host rules, ${rules.model.cells.length} matrix cells (2024), ${rules.model2025.cells.length} (2025 revision)\n`,
    );
    const warnings = reviewWarnings(rules.services);
    if (warnings.length > 0) {
      process.stdout.write(
        `${warnings.length} review warning(s) (reviews or sources read more than ${REVIEW_MAX_AGE_DAYS} days ago, home-page-only sources):\n`,
      );
      for (const w of warnings)
        process.stdout.write(`  warning: service "${w.service}": field "${w.field}": ${w.message}\n`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof RulesError)) throw error;
    process.stderr.write(`rules/ has ${error.problems.length} problem(s):\n`);
    for (const problem of error.problems) process.stderr.write(`  ${formatProblem(problem)}\n`);
    return 1;
  }
}

process.exitCode = main();
