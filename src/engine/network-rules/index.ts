/**
 * policy + services -> the declarativeNetRequest rules the extension installs. Pure: the background
 * installs exactly this list, and `policy:check --json` prints it.
 */
import { actionFor, servicesUnderPolicy, statusFor } from "../policy/apply";
import type { ManagedPolicy } from "../policy/types";
import type { Service } from "../types";
import { documentConditions } from "./service-conditions";
import { blockedTenantPaths, pinnedHeaders } from "./tenant-rules";
import {
  ALL_RESOURCE_TYPES,
  type NetworkRule,
  type NetworkRuleSet,
  PAGES,
  PRIORITY,
  RULE_LIMITS,
  type RuleAction,
  type RuleCondition,
  type RulePurpose,
} from "./types";
import { urlRegex } from "./url-regex";

export * from "./types";

export interface NetworkRuleOptions {
  /** Services the user justified, whose interstitial is lifted for now. */
  justified?: ReadonlySet<string>;
}

/** What the policy does to a service in the network layer, if anything. */
export function networkActionFor(policy: ManagedPolicy, serviceId: string): "block" | "justify" | null {
  const status = statusFor(policy, serviceId);
  if (status !== "blocked" && status !== "unapproved") return null;
  const action = actionFor(policy, status);
  return action === "block" || action === "justify" ? action : null;
}

class RuleList {
  readonly rules: NetworkRule[] = [];
  readonly purposes: RulePurpose[] = [];
  private regexCount = 0;

  /** Adds all of a group or none of it, within the browsers' limits. */
  addGroup(
    group: { priority: number; action: RuleAction; condition: RuleCondition }[],
    purpose: Omit<RulePurpose, "ruleId">,
  ): boolean {
    const regexes = group.filter((r) => r.condition.regexFilter !== undefined).length;
    if (this.rules.length + group.length > RULE_LIMITS.rules) return false;
    if (this.regexCount + regexes > RULE_LIMITS.regexRules) return false;
    this.regexCount += regexes;
    for (const rule of group) {
      const id = this.rules.length + 1;
      this.rules.push({ id, ...rule });
      this.purposes.push({ ruleId: id, ...purpose });
    }
    return true;
  }
}

export function networkRules(
  policy: ManagedPolicy,
  catalog: readonly Service[],
  options: NetworkRuleOptions = {},
): NetworkRuleSet {
  const list = new RuleList();
  const skipped: NetworkRuleSet["skipped"] = [];
  for (const pinned of pinnedHeaders(policy.tenantRestrictions)) {
    list.addGroup(
      [
        {
          priority: PRIORITY.header,
          action: {
            type: "modifyHeaders",
            requestHeaders: [{ header: pinned.header, operation: "set", value: pinned.value }],
          },
          condition: { requestDomains: [...pinned.hosts], resourceTypes: [...ALL_RESOURCE_TYPES] },
        },
      ],
      { kind: "tenant-header", subject: pinned.factId },
    );
  }
  for (const path of blockedTenantPaths(policy.tenantRestrictions)) {
    list.addGroup(
      [
        {
          priority: PRIORITY.loggedOut,
          action: { type: "block" },
          condition: {
            regexFilter: urlRegex(path.host, path.path),
            isUrlFilterCaseSensitive: false,
            resourceTypes: [...ALL_RESOURCE_TYPES],
          },
        },
      ],
      { kind: "logged-out-block", subject: path.id },
    );
  }
  for (const service of servicesUnderPolicy(catalog, policy)) {
    const kind = networkActionFor(policy, service.id);
    if (kind === null || (kind === "justify" && options.justified?.has(service.id))) continue;
    const page = `${kind === "block" ? PAGES.blocked : PAGES.justify}?service=${encodeURIComponent(service.id)}`;
    const group = documentConditions(service).map((condition) => ({
      priority: kind === "block" ? PRIORITY.block : PRIORITY.justify,
      action: { type: "redirect" as const, redirect: { extensionPath: page } },
      condition,
    }));
    if (!list.addGroup(group, { kind, subject: service.id }))
      skipped.push({ serviceId: service.id, reason: "the browser's limit on network rules is reached" });
  }
  return { rules: list.rules, purposes: list.purposes, skipped };
}
