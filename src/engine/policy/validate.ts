/**
 * Validates a managed policy key by key: a bad key (or a bad entry inside a map or list) is
 * dropped and reported, every other key still applies. Never throws, whatever the input.
 */
import { DEPLOYMENT_MODELS, type DeploymentModelId, DOMAINS, type DomainId, type Service } from "../types";
import { checkCustomServices } from "./custom-services";
import { checkHttpsUrl, checkText, isRecord, kindOf, summarise } from "./text-checks";
import {
  type DomainGuidance,
  ENFORCEMENT_ACTIONS,
  type ManagedPolicy,
  POLICY_KEYS,
  type PolicyProblem,
  type PolicyResult,
  SERVICE_STATUSES,
  type ServiceStatus,
} from "./types";
import { checkEnforcementKeys } from "./validate-enforcement";

const MAX_MAP_ENTRIES = 500;
const MAX_GUIDANCE_LINES = 10;

type Problems = PolicyProblem[];

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value);
}

/** A map keyed by service id; each entry checked on its own. */
function checkServiceMap<T>(
  key: string,
  value: unknown,
  serviceIds: ReadonlySet<string>,
  problems: Problems,
  checkEntry: (entry: unknown, serviceId: string) => { ok: true; value: T } | { ok: false; message: string },
): Record<string, T> | undefined {
  if (!isRecord(value)) {
    problems.push({
      key,
      value: summarise(value),
      message: `must be an object keyed by service id, not ${kindOf(value)}`,
    });
    return undefined;
  }
  const entries = Object.entries(value);
  if (entries.length > MAX_MAP_ENTRIES) {
    problems.push({
      key,
      value: summarise(value),
      message: `has ${entries.length} entries; at most ${MAX_MAP_ENTRIES}`,
    });
    return undefined;
  }
  const result: Record<string, T> = {};
  for (const [serviceId, entry] of entries) {
    const path = `${key}.${serviceId}`;
    if (!serviceIds.has(serviceId)) {
      problems.push({
        key: path,
        value: summarise(entry),
        message: `no service has the id "${serviceId.slice(0, 60)}" (see the catalog, or customServices)`,
      });
      continue;
    }
    const checked = checkEntry(entry, serviceId);
    if (checked.ok) result[serviceId] = checked.value;
    else problems.push({ key: path, value: summarise(entry), message: checked.message });
  }
  return result;
}

function checkLines(value: unknown): { ok: true; value: string[] } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, value: [] };
  if (!Array.isArray(value)) return { ok: false, message: `must be a list of lines, not ${kindOf(value)}` };
  if (value.length > MAX_GUIDANCE_LINES) return { ok: false, message: `has ${value.length} lines; at most 10` };
  const lines: string[] = [];
  for (const line of value) {
    const checked = checkText(line, 300);
    if (!checked.ok) return { ok: false, message: `a line ${checked.message}` };
    lines.push(checked.value);
  }
  return { ok: true, value: lines };
}

function checkGuidance(value: unknown, problems: Problems): Partial<Record<DomainId, DomainGuidance>> | undefined {
  if (!isRecord(value)) {
    problems.push({
      key: "extraGuidance",
      value: summarise(value),
      message: `must be an object keyed by security domain, not ${kindOf(value)}`,
    });
    return undefined;
  }
  const result: Partial<Record<DomainId, DomainGuidance>> = {};
  for (const [domain, entry] of Object.entries(value)) {
    const key = `extraGuidance.${domain.slice(0, 60)}`;
    if (!oneOf(DOMAINS, domain)) {
      problems.push({
        key,
        value: summarise(entry),
        message: `is not a security domain: use one of ${DOMAINS.join(", ")}`,
      });
      continue;
    }
    if (!isRecord(entry) || Object.keys(entry).some((k) => k !== "do" && k !== "dont")) {
      problems.push({ key, value: summarise(entry), message: 'must be an object with "do" and/or "dont" lists' });
      continue;
    }
    const doLines = checkLines(entry.do);
    const dontLines = checkLines(entry.dont);
    if (!doLines.ok) problems.push({ key: `${key}.do`, value: summarise(entry.do), message: doLines.message });
    if (!dontLines.ok) problems.push({ key: `${key}.dont`, value: summarise(entry.dont), message: dontLines.message });
    const guidance: DomainGuidance = { do: doLines.ok ? doLines.value : [], dont: dontLines.ok ? dontLines.value : [] };
    if (guidance.do.length + guidance.dont.length > 0) result[domain] = guidance;
  }
  return result;
}

function checkServiceList(value: unknown, serviceIds: ReadonlySet<string>, problems: Problems): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({
      key: "disabledServices",
      value: summarise(value),
      message: `must be a list of service ids, not ${kindOf(value)}`,
    });
    return undefined;
  }
  const ids: string[] = [];
  value.forEach((id, i) => {
    if (typeof id === "string" && serviceIds.has(id)) ids.push(id);
    else
      problems.push({
        key: `disabledServices[${i}]`,
        value: summarise(id),
        message: "is not the id of a known service",
      });
  });
  return ids;
}

/** `catalog` gives the known service ids (and their variants). */
export function validatePolicy(raw: unknown, catalog: readonly Service[]): PolicyResult {
  const problems: Problems = [];
  const policy: ManagedPolicy = {};
  if (raw === undefined || raw === null) return { policy, problems };
  if (!isRecord(raw)) {
    problems.push({ key: "(policy)", value: summarise(raw), message: `must be an object of keys, not ${kindOf(raw)}` });
    return { policy, problems };
  }
  for (const key of Object.keys(raw)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) {
      problems.push({
        key: key.slice(0, 80),
        value: summarise(raw[key]),
        message: "is not a key this extension knows",
      });
    }
  }
  const has = (key: string) => Object.hasOwn(raw, key);

  for (const key of ["organizationName", "supportContact"] as const) {
    if (!has(key)) continue;
    const checked = checkText(raw[key], key === "organizationName" ? 100 : 200);
    if (checked.ok) policy[key] = checked.value;
    else problems.push({ key, value: summarise(raw[key]), message: checked.message });
  }
  if (has("acceptableUsePolicyUrl")) {
    const checked = checkHttpsUrl(raw.acceptableUsePolicyUrl);
    if (checked.ok) policy.acceptableUsePolicyUrl = checked.value;
    else
      problems.push({
        key: "acceptableUsePolicyUrl",
        value: summarise(raw.acceptableUsePolicyUrl),
        message: checked.message,
      });
  }

  const catalogIds = new Set(catalog.map((s) => s.id));
  if (has("customServices")) {
    const custom = checkCustomServices(
      raw.customServices,
      catalogIds,
      policy.organizationName ?? "Your organisation",
      problems,
    );
    if (custom !== undefined) policy.customServices = custom;
  }
  const serviceIds = new Set([...catalogIds, ...(policy.customServices ?? []).map((s) => s.id)]);
  const byId = new Map(catalog.map((s) => [s.id, s]));

  const status = (entry: unknown) =>
    oneOf(SERVICE_STATUSES, entry)
      ? { ok: true as const, value: entry }
      : { ok: false as const, message: `must be one of ${SERVICE_STATUSES.join(", ")}` };
  if (has("serviceStatuses")) {
    const map = checkServiceMap<ServiceStatus>("serviceStatuses", raw.serviceStatuses, serviceIds, problems, status);
    if (map !== undefined) policy.serviceStatuses = map;
  }
  if (has("defaultStatus")) {
    const checked = status(raw.defaultStatus);
    if (checked.ok) policy.defaultStatus = checked.value;
    else problems.push({ key: "defaultStatus", value: summarise(raw.defaultStatus), message: checked.message });
  }
  if (has("modelOverrides")) {
    const map = checkServiceMap<DeploymentModelId>(
      "modelOverrides",
      raw.modelOverrides,
      serviceIds,
      problems,
      (entry) =>
        oneOf(DEPLOYMENT_MODELS, entry)
          ? { ok: true, value: entry }
          : { ok: false, message: `must be one of ${DEPLOYMENT_MODELS.join(", ")}` },
    );
    if (map !== undefined) policy.modelOverrides = map;
  }
  if (has("serviceVariants")) {
    const map = checkServiceMap<string>("serviceVariants", raw.serviceVariants, serviceIds, problems, (entry, id) => {
      const variants = byId.get(id)?.variants ?? [];
      if (typeof entry === "string" && variants.some((v) => v.id === entry)) return { ok: true, value: entry };
      const known = variants.map((v) => v.id).join(", ");
      return {
        ok: false,
        message: known ? `must be one of this service's variants: ${known}` : "this service has no variants",
      };
    });
    if (map !== undefined) policy.serviceVariants = map;
  }
  if (has("disabledServices")) {
    const ids = checkServiceList(raw.disabledServices, serviceIds, problems);
    if (ids !== undefined) policy.disabledServices = ids;
  }
  if (has("extraGuidance")) {
    const guidance = checkGuidance(raw.extraGuidance, problems);
    if (guidance !== undefined) policy.extraGuidance = guidance;
  }
  if (has("alternatives")) {
    const map = checkServiceMap<string>("alternatives", raw.alternatives, serviceIds, problems, (entry) =>
      checkText(entry, 300),
    );
    if (map !== undefined) policy.alternatives = map;
  }
  for (const key of ["unapprovedAction", "blockedAction"] as const) {
    if (!has(key)) continue;
    if (oneOf(ENFORCEMENT_ACTIONS, raw[key]) && !(key === "blockedAction" && raw[key] === "justify"))
      policy[key] = raw[key];
    else
      problems.push({
        key,
        value: summarise(raw[key]),
        message: `must be one of ${ENFORCEMENT_ACTIONS.filter((a) => key === "unapprovedAction" || a !== "justify").join(", ")}`,
      });
  }
  if (has("allowUserSettings")) {
    if (typeof raw.allowUserSettings === "boolean") policy.allowUserSettings = raw.allowUserSettings;
    else
      problems.push({
        key: "allowUserSettings",
        value: summarise(raw.allowUserSettings),
        message: "must be true or false",
      });
  }
  checkEnforcementKeys(raw, policy, problems);
  return { policy, problems };
}

/** True when the policy sets nothing at all (no policy, or only invalid keys). */
export function isEmptyPolicy(policy: ManagedPolicy): boolean {
  return Object.keys(policy).length === 0;
}
