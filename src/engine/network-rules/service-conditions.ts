/**
 * A service's match rules as declarativeNetRequest conditions on the top-level document: its plain
 * hosts in one requestDomains condition (host and subdomains, as the engine matches them), and one
 * regexFilter per wildcard host or path prefix, so a path rule on a shared host stays exact (and
 * one per such host for percent-escaped spellings of its paths), and one urlFilter per plain host
 * for its trailing-dot spelling.
 */
import type { Service } from "../types";
import type { RuleCondition } from "./types";
import { escapedPathRegex, urlRegex } from "./url-regex";

export function documentConditions(service: Pick<Service, "match">): RuleCondition[] {
  const domains = new Set<string>();
  const regexes = new Set<string>();
  for (const rule of service.match) {
    if (rule.paths !== undefined) {
      for (const path of rule.paths) regexes.add(urlRegex(rule.host, path));
      regexes.add(escapedPathRegex(rule.host));
    } else if (rule.host.startsWith("*.")) regexes.add(urlRegex(rule.host));
    else domains.add(rule.host);
  }
  const conditions: RuleCondition[] = [];
  if (domains.size > 0) conditions.push({ requestDomains: [...domains].sort(), resourceTypes: ["main_frame"] });
  // Firefox's requestDomains does not match a host written with a trailing dot (chatgpt.com./):
  // one urlFilter per host does, in both browsers ("^" is the "/" or ":" after the dot).
  for (const domain of [...domains].sort())
    conditions.push({ urlFilter: `||${domain}.^`, resourceTypes: ["main_frame"] });
  for (const regexFilter of [...regexes].sort())
    conditions.push({ regexFilter, isUrlFilterCaseSensitive: false, resourceTypes: ["main_frame"] });
  return conditions;
}
