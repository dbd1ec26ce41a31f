/** Checks the admin's customServices entry by entry: a broken entry is dropped, the rest apply. */
import { CATEGORIES, DEPLOYMENT_MODELS, type DeploymentModelId, type MatchRule } from "../types";
import { FALLBACKS, problem } from "./fallbacks";
import { isPublicSuffix, type PublicSuffixes } from "./public-suffix";
import { checkText, isRecord, kindOf, summarise } from "./text-checks";
import type { CustomService, PolicyProblem } from "./types";

export const SERVICE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The catalog's host pattern (rules/schema/services.schema.json): two labels at least, no bare "*". */
const HOST = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/;
const PATH = /^\/[^\s?#]*$/;
const FIELDS = new Set(["id", "name", "vendor", "category", "deploymentModel", "match", "note", "source", "reviewed"]);
const MAX_SERVICES = 200;
const MAX_RULES = 50;

function checkMatch(value: unknown, suffixes: PublicSuffixes): { rules: MatchRule[] } | { message: string } {
  if (!Array.isArray(value) || value.length === 0)
    return { message: "match must be a non-empty list of {host, paths}" };
  if (value.length > MAX_RULES) return { message: `match has ${value.length} rules; at most ${MAX_RULES}` };
  const rules: MatchRule[] = [];
  for (const [i, rule] of value.entries()) {
    if (!isRecord(rule)) return { message: `match[${i}] must be an object with a host` };
    const host = typeof rule.host === "string" ? rule.host.trim().toLowerCase().replace(/\.$/, "") : "";
    if (host.length > 253 || !HOST.test(host)) {
      return { message: `match[${i}].host ${summarise(rule.host)} is not a hostname such as llm.example.com` };
    }
    const bare = host.startsWith("*.") ? host.slice(2) : host;
    if (isPublicSuffix(bare, suffixes)) {
      return {
        message: `match[${i}].host ${summarise(rule.host)} is a public suffix (anyone can register a site under it); name the organisation's own host`,
      };
    }
    const entry: MatchRule = { host };
    if (rule.paths !== undefined) {
      const paths = rule.paths;
      if (!Array.isArray(paths) || paths.length === 0 || paths.length > 50) {
        return { message: `match[${i}].paths must be a list of 1 to 50 paths starting with /` };
      }
      if (!paths.every((p) => typeof p === "string" && p.length <= 200 && PATH.test(p))) {
        return { message: `match[${i}].paths must hold paths starting with /, without spaces, ? or #` };
      }
      entry.paths = paths as string[];
    }
    rules.push(entry);
  }
  return { rules };
}

function checkOne(
  raw: unknown,
  takenIds: ReadonlySet<string>,
  vendorDefault: string,
  suffixes: PublicSuffixes,
): { service: CustomService } | { message: string } {
  if (!isRecord(raw)) return { message: `must be an object, not ${kindOf(raw)}` };
  const unknown = Object.keys(raw).filter((k) => !FIELDS.has(k));
  if (unknown.length > 0) return { message: `has unknown field(s): ${unknown.join(", ")}` };
  const id = raw.id;
  if (typeof id !== "string" || id.length > 60 || !SERVICE_ID.test(id)) {
    return { message: "id must be lower-case words joined by '-', at most 60 characters" };
  }
  if (takenIds.has(id)) return { message: `id "${id}" is already used (by the catalog or an earlier custom service)` };
  const name = checkText(raw.name, 80);
  if (!name.ok) return { message: `name ${name.message}` };
  let vendor = vendorDefault;
  if (raw.vendor !== undefined) {
    const checked = checkText(raw.vendor, 80);
    if (!checked.ok) return { message: `vendor ${checked.message}` };
    vendor = checked.value;
  }
  const category = raw.category ?? "api";
  if (!(CATEGORIES as readonly unknown[]).includes(category)) {
    return { message: `category must be one of ${CATEGORIES.join(", ")}` };
  }
  if (!(DEPLOYMENT_MODELS as readonly unknown[]).includes(raw.deploymentModel)) {
    return { message: `deploymentModel must be one of ${DEPLOYMENT_MODELS.join(", ")}` };
  }
  const match = checkMatch(raw.match, suffixes);
  if ("message" in match) return match;
  const service: CustomService = {
    id,
    name: name.value,
    vendor,
    category: category as string,
    deploymentModel: raw.deploymentModel as DeploymentModelId,
    match: match.rules,
  };
  for (const field of ["note", "source", "reviewed"] as const) {
    if (raw[field] === undefined) continue;
    const checked = checkText(raw[field], 300);
    if (!checked.ok) return { message: `${field} ${checked.message}` };
    service[field] = checked.value;
  }
  return { service };
}

/**
 * `suffixes` is null when the Public Suffix List could not be read: then no host can be checked,
 * so no custom service applies (a host that claims a public suffix must never slip through).
 */
export function checkCustomServices(
  value: unknown,
  catalogIds: ReadonlySet<string>,
  vendorDefault: string,
  suffixes: PublicSuffixes | null,
  problems: PolicyProblem[],
): CustomService[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(
      problem("customServices", value, `must be a list, not ${kindOf(value)}`, FALLBACKS.customServices.whole),
    );
    return undefined;
  }
  if (value.length > MAX_SERVICES) {
    const message = `has ${value.length} entries; at most ${MAX_SERVICES}`;
    problems.push(problem("customServices", value, message, FALLBACKS.customServices.whole));
    return undefined;
  }
  if (suffixes === null) {
    const message = "could not be checked: the Public Suffix List did not load";
    problems.push(problem("customServices", value, message, FALLBACKS.customServices.whole));
    return undefined;
  }
  const taken = new Set(catalogIds);
  const services: CustomService[] = [];
  value.forEach((raw, i) => {
    const key = `customServices[${i}]`;
    const result = checkOne(raw, taken, vendorDefault, suffixes);
    if ("message" in result) {
      problems.push(problem(key, raw, `${result.message}; this service is ignored`, FALLBACKS.customServices.entry));
      return;
    }
    taken.add(result.service.id);
    services.push(result.service);
  });
  return services;
}
