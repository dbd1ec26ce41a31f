/**
 * What applies when a policy value is ignored, in the admin's words. Every PolicyProblem carries
 * one, so the admin reads the consequence next to the cause ("the default action (notice)
 * applies"), not only that something was wrong.
 */
import { summarise } from "./text-checks";
import { DEFAULT_ACTIONS, type PolicyProblem } from "./types";

export const FALLBACKS = {
  wholePolicy: "no policy applies: the extension shows its catalog's models with no organisation statuses",
  unknownKey: "nothing changes: the extension does not use this key",
  organizationName: "no organisation name is shown",
  supportContact: "no support contact is shown",
  acceptableUsePolicyUrl: "no link to the organisation's policy is shown",
  serviceStatuses: {
    whole: "no service gets a status from this key; defaultStatus (if valid) applies to catalog services",
    entry: "this service gets the default status (defaultStatus, or none)",
  },
  defaultStatus: "services serviceStatuses does not list have no status",
  modelOverrides: {
    whole: "every service keeps its catalog model",
    entry: "this service keeps its catalog model",
  },
  serviceVariants: {
    whole: "users choose their plan, or the catalog's default plan applies",
    entry: "the user chooses this service's plan, or the catalog's default plan applies",
  },
  customServices: {
    whole: "no custom service is added",
    entry: "this service is not recognised",
  },
  disabledServices: {
    whole: "every catalog service stays enabled",
    entry: "nothing is disabled by this entry",
  },
  extraGuidance: {
    whole: "only the built-in guidance is shown",
    entry: "only the built-in guidance is shown for this domain",
  },
  alternatives: {
    whole: "no alternative is suggested",
    entry: "no alternative is suggested for this service",
  },
  unapprovedAction: `the default action (${DEFAULT_ACTIONS.unapproved}) applies`,
  blockedAction: `the default action (${DEFAULT_ACTIONS.blocked}) applies`,
  allowUserSettings: "users may choose their plan (the default)",
} as const;

/** A problem for `key`, with a short summary of the value and what applies instead. */
export function problem(key: string, value: unknown, message: string, fallback: string): PolicyProblem {
  return { key, value: summarise(value), message, fallback };
}
