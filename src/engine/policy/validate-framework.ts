/** Admin policy key frameworkVersion: which version of the framework users see ("2024" or "2025"). */
import { DEFAULT_FRAMEWORK_VERSION, FRAMEWORK_VERSIONS, type FrameworkVersion } from "../types";
import { summarise } from "./text-checks";
import type { PolicyProblem } from "./types";

export function checkFrameworkVersion(
  value: unknown,
): { ok: true; value: FrameworkVersion } | { ok: false; problem: PolicyProblem & { fallback: string } } {
  if (typeof value === "string" && (FRAMEWORK_VERSIONS as readonly string[]).includes(value)) {
    return { ok: true, value: value as FrameworkVersion };
  }
  return {
    ok: false,
    problem: {
      key: "frameworkVersion",
      value: summarise(value),
      message: `must be one of ${FRAMEWORK_VERSIONS.map((v) => `"${v}"`).join(", ")} (a string)`,
      fallback: `the ${DEFAULT_FRAMEWORK_VERSION} framework is shown`,
    },
  };
}
