import type { Verdict } from "../../engine/verdict";

const VERSION_NAME = {
  "2024": "AI Security Shared Responsibility Model, 2024",
  "2025": "AI Security Shared Responsibility Model, 2025 revision",
} as const;

/** One small line: which version of the framework the popup shows, and the domains it leaves out here. */
export function FrameworkLine({ verdict }: { verdict: Verdict }) {
  const notApplicable = verdict.responsibilities.filter((r) => r.owner === "not-applicable");
  return (
    <p class="muted framework-line" data-framework={verdict.framework}>
      Framework: {VERSION_NAME[verdict.framework]}
      {notApplicable.length > 0 && <> · not applicable here: {notApplicable.map((r) => r.name).join(", ")}</>}
    </p>
  );
}
