/**
 * A custom service can claim a host the catalog already knows (an organisation's own entry for
 * chatgpt.com, say). The custom service is then what the extension shows there: custom services
 * come first. The rule for statuses, as a security team would want it: re-labelling a host never
 * lifts a restriction by accident. On a shared host the STRICTER of the custom service's status
 * and the status serviceStatuses lists for the catalog service applies (blocked > unapproved >
 * tolerated > approved). To let the custom service's own, milder status apply, the admin says so
 * explicitly: sets the catalog service's status too, or lists it in disabledServices.
 * Each such claim is reported, naming the catalog service and the status that applies.
 */

import { normalisePrefix } from "../host-index";
import { bareHost } from "../match-pattern";
import type { MatchRule, Service } from "../types";
import { problem } from "./fallbacks";
import { ownValue } from "./own-keys";
import type { CustomService, ManagedPolicy, PolicyProblem, ServiceStatus } from "./types";

const STRICTNESS: Record<ServiceStatus, number> = { approved: 0, tolerated: 1, unapproved: 2, blocked: 3 };

/** The stricter of two statuses (null: no status). */
export function stricterStatus(a: ServiceStatus | null, b: ServiceStatus | null): ServiceStatus | null {
  if (a === null) return b;
  if (b === null) return a;
  return STRICTNESS[b] > STRICTNESS[a] ? b : a;
}

/**
 * The keys under which the host index keeps a rule (host-index.ts): the first service to claim a
 * key wins it. A custom service shadows a catalog one where it takes a key first: the same host
 * rule, the same wildcard, the same path prefix on the same host, or (host rules also covering
 * subdomains, and a host rule beating a wildcard) a host rule where the catalog has a wildcard.
 * Anything else (a deeper host, a longer path) is more specific and leaves the catalog rule alone.
 */
function ruleKeys(rule: MatchRule, forCustom: boolean): string[] {
  const host = bareHost(rule.host);
  if (rule.paths !== undefined && rule.paths.length > 0)
    return rule.paths.map((p) => `${host} path ${normalisePrefix(p)}`);
  if (rule.host.startsWith("*.")) return [`${host} wildcard`];
  return forCustom ? [`${host} host`, `${host} wildcard`] : [`${host} host`];
}

function catalogRuleIndex(catalog: readonly Service[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const service of catalog) {
    for (const rule of service.match) {
      for (const key of ruleKeys(rule, false)) {
        let ids = index.get(key);
        if (ids === undefined) {
          ids = new Set();
          index.set(key, ids);
        }
        ids.add(service.id);
      }
    }
  }
  return index;
}

/** Catalog services whose rules this custom service takes over, with the host where it does. */
function shadowedBy(custom: CustomService, index: Map<string, Set<string>>): Map<string, string> {
  const found = new Map<string, string>();
  for (const rule of custom.match) {
    for (const key of ruleKeys(rule, true)) {
      for (const id of index.get(key) ?? []) if (!found.has(id)) found.set(id, rule.host);
    }
  }
  return found;
}

/** Sets `shadows` on each custom service and reports each claim (see the file comment). */
export function reportShadows(policy: ManagedPolicy, catalog: readonly Service[], problems: PolicyProblem[]): void {
  const customs = policy.customServices ?? [];
  if (customs.length === 0) return;
  const disabled = new Set(policy.disabledServices ?? []);
  const names = new Map(catalog.map((s) => [s.id, s.name]));
  const index = catalogRuleIndex(catalog);
  for (const custom of customs) {
    const shadows = [...shadowedBy(custom, index)].filter(([id]) => !disabled.has(id));
    if (shadows.length === 0) continue;
    custom.shadows = shadows.map(([id]) => id);
    const own = ownValue(policy.serviceStatuses, custom.id) ?? "approved";
    for (const [id, host] of shadows.slice(0, 5)) {
      const catalogStatus = ownValue(policy.serviceStatuses, id) ?? null;
      const applies = stricterStatus(own, catalogStatus) as ServiceStatus;
      const message = `claims ${host}, where the catalog knows ${names.get(id)} (${id}): "${custom.name}" is shown there instead`;
      const fallback =
        applies === own
          ? `on ${host} this custom service's status applies: ${own}`
          : `on ${host} ${names.get(id)}'s stricter status applies: ${applies} (set ${id}'s status too, or list it in disabledServices, to apply ${own})`;
      problems.push(problem(`customServices.${custom.id}`, host, message, fallback));
    }
  }
}
