/** URLs that must match a rule of the catalog: the rule's host, its subdomains, its paths. */
import type { MatchRule } from "../../src/engine/types";
import type { Random } from "../random";
import { label, path, query } from "../words";

function hostFor(rule: MatchRule, random: Random): string {
  if (rule.host.startsWith("*.")) return `${label(random)}.${rule.host.slice(2)}`;
  const roll = random.next();
  if (roll < 0.55) return rule.host;
  if (roll < 0.8) return `www.${rule.host}`;
  if (roll < 0.95) return `${label(random)}.${rule.host}`;
  return `${label(random)}.${label(random)}.${label(random)}.${rule.host}`;
}

export function hitUrl(rule: MatchRule, random: Random): string {
  const host = hostFor(rule, random);
  if (rule.paths !== undefined && rule.paths.length > 0) {
    const prefix = random.pick(rule.paths).replace(/\/$/, "");
    const tail = random.chance(0.5) ? path(random) : "";
    return `https://${host}${prefix}${tail}${query(random)}`;
  }
  return `https://${host}${random.chance(0.2) ? "/" : path(random)}${query(random)}`;
}

/** The same shared host (a host with path rules) under a path no rule names: a miss. */
export function sharedHostMissUrl(rule: MatchRule, random: Random): string {
  return `https://${rule.host}/${label(random)}${path(random)}${query(random)}`;
}
