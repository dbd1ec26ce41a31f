/** What a validated policy changes: which services exist, their status, model and enforcement. */
import type { Service } from "../types";
import type { VerdictChoices } from "../verdict";
import { stricterStatus } from "./custom-shadows";
import { ownValue } from "./own-keys";
import {
  type Alternative,
  DEFAULT_ACTIONS,
  type EnforcementAction,
  type ManagedPolicy,
  type ServiceStatus,
} from "./types";
import { statusMessage } from "./validate-status-messages";

/** Custom services first (they win a host both claim), then the catalog; disabled ones removed. */
export function servicesUnderPolicy(catalog: readonly Service[], policy: ManagedPolicy): Service[] {
  const disabled = new Set(policy.disabledServices ?? []);
  const custom: Service[] = (policy.customServices ?? []).map((s) => ({
    ...s,
    source: s.source ?? "",
    reviewed: s.reviewed ?? "",
  }));
  return [...custom, ...catalog].filter((s) => !disabled.has(s.id));
}

export function isCustomService(policy: ManagedPolicy, serviceId: string): boolean {
  return policy.customServices?.some((s) => s.id === serviceId) ?? false;
}

/**
 * The organisation's status for a service; null when the policy says nothing about statuses.
 * A custom service the policy does not list is approved: the admin added it on purpose.
 */
export function statusFor(policy: ManagedPolicy, serviceId: string): ServiceStatus | null {
  const listed = ownValue(policy.serviceStatuses, serviceId);
  const custom = policy.customServices?.find((s) => s.id === serviceId);
  if (custom === undefined) return listed ?? policy.defaultStatus ?? null;
  // A custom service on a catalog service's host: the stricter listed status applies (custom-shadows).
  let status: ServiceStatus = listed ?? "approved";
  for (const id of custom.shadows ?? [])
    status = stricterStatus(status, ownValue(policy.serviceStatuses, id) ?? null) ?? status;
  return status;
}

/** The organisation's alternative to a service; null when the policy names none. */
export function alternativeFor(policy: ManagedPolicy, serviceId: string): Alternative | null {
  return ownValue(policy.alternatives, serviceId) ?? null;
}

export function actionFor(policy: ManagedPolicy, status: ServiceStatus | null): EnforcementAction {
  if (status === "unapproved") return policy.unapprovedAction ?? DEFAULT_ACTIONS.unapproved;
  if (status === "blocked") return policy.blockedAction ?? DEFAULT_ACTIONS.blocked;
  return "badge";
}

/**
 * What the policy says about one service, in the words users read: its status, what happens on
 * it, the alternative and what the status means. The popup, notice and block page show it, and
 * `classify --policy` prints it, from this one place.
 */
export function standingUnderPolicy(policy: ManagedPolicy, serviceId: string) {
  const status = statusFor(policy, serviceId);
  const alternative = alternativeFor(policy, serviceId);
  return {
    status,
    action: actionFor(policy, status),
    alternative: alternative?.name ?? null,
    alternativeUrl: alternative?.url ?? null,
    statusMessage: status === null ? null : statusMessage(policy.statusMessages, status),
  };
}

/** Whether the policy decides the plan (so the user is not asked). */
export function policyDecidesModel(policy: ManagedPolicy, serviceId: string): boolean {
  return (
    ownValue(policy.modelOverrides, serviceId) !== undefined ||
    ownValue(policy.serviceVariants, serviceId) !== undefined
  );
}

export function userMayChoose(policy: ManagedPolicy, serviceId: string): boolean {
  return policy.allowUserSettings !== false && !policyDecidesModel(policy, serviceId);
}

/** The verdict choices: the policy's override and variant beat the user's pick. */
export function choicesUnderPolicy(
  policy: ManagedPolicy,
  serviceId: string,
  userVariant: string | null,
): VerdictChoices {
  const choices: VerdictChoices = {};
  const variant =
    ownValue(policy.serviceVariants, serviceId) ?? (userMayChoose(policy, serviceId) ? userVariant : null);
  if (variant !== null) choices.variantId = variant;
  const override = ownValue(policy.modelOverrides, serviceId);
  if (override !== undefined) choices.modelOverride = override;
  return choices;
}
