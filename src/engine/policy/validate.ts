/**
 * Validates a managed policy key by key: a bad key (or a bad entry inside a map or list) is
 * dropped and reported with what applies instead, every other key still applies. Never throws,
 * whatever the input: each key is checked inside `checkKey`, so an unexpected failure (a value
 * too deep, too big, or odd in a way no check foresaw) becomes a problem for that key alone.
 * Maps are built without a prototype (own-keys.ts): ids such as "constructor" are plain ids.
 */
import { DEPLOYMENT_MODELS, type DeploymentModelId, DOMAINS, type DomainId, type Service } from "../types";
import { checkCustomServices } from "./custom-services";
import { reportShadows } from "./custom-shadows";
import { FALLBACKS, problem } from "./fallbacks";
import { emptyMap } from "./own-keys";
import type { PublicSuffixes } from "./public-suffix";
import { checkHttpsUrl, checkText, isRecord, kindOf } from "./text-checks";
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
import { checkAlternative } from "./validate-alternatives";
import { checkExceptionRequestUrl, checkJustifyMinutes, checkTenantPinning } from "./validate-enforcement";
import { checkFrameworkVersion } from "./validate-framework";
import { checkPasteGuard } from "./validate-guard";
import { checkStatusMessages } from "./validate-status-messages";

const MAX_MAP_ENTRIES = 500;
const MAX_GUIDANCE_LINES = 10;

type Problems = PolicyProblem[];

function oneOf<T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value);
}

/** A map keyed by service id; each entry checked on its own. */
function checkServiceMap<T>(
  key: "serviceStatuses" | "modelOverrides" | "serviceVariants" | "alternatives",
  value: unknown,
  serviceIds: ReadonlySet<string>,
  problems: Problems,
  checkEntry: (entry: unknown, serviceId: string) => { ok: true; value: T } | { ok: false; message: string },
): Record<string, T> | undefined {
  const fallbacks = FALLBACKS[key];
  if (!isRecord(value)) {
    problems.push(problem(key, value, `must be an object keyed by service id, not ${kindOf(value)}`, fallbacks.whole));
    return undefined;
  }
  const ids = Object.keys(value);
  if (ids.length > MAX_MAP_ENTRIES) {
    problems.push(problem(key, value, `has ${ids.length} entries; at most ${MAX_MAP_ENTRIES}`, fallbacks.whole));
    return undefined;
  }
  const result = emptyMap<T>();
  for (const serviceId of ids) {
    const entry = value[serviceId];
    const path = `${key}.${serviceId.slice(0, 60)}`;
    if (!serviceIds.has(serviceId)) {
      const message = `no service has the id "${serviceId.slice(0, 60)}" (see the catalog, or customServices)`;
      problems.push(problem(path, entry, message, fallbacks.entry));
      continue;
    }
    const checked = checkEntry(entry, serviceId);
    if (checked.ok) result[serviceId] = checked.value;
    else problems.push(problem(path, entry, checked.message, fallbacks.entry));
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
  const fallback = FALLBACKS.extraGuidance;
  if (!isRecord(value)) {
    const message = `must be an object keyed by security domain, not ${kindOf(value)}`;
    problems.push(problem("extraGuidance", value, message, fallback.whole));
    return undefined;
  }
  const result: Partial<Record<DomainId, DomainGuidance>> = emptyMap<DomainGuidance>();
  for (const domain of Object.keys(value)) {
    const entry = value[domain];
    const key = `extraGuidance.${domain.slice(0, 60)}`;
    if (!oneOf(DOMAINS, domain)) {
      const message = `is not a security domain: use one of ${DOMAINS.join(", ")}`;
      problems.push(problem(key, entry, message, fallback.entry));
      continue;
    }
    if (!isRecord(entry) || Object.keys(entry).some((k) => k !== "do" && k !== "dont")) {
      problems.push(problem(key, entry, 'must be an object with "do" and/or "dont" lists', fallback.entry));
      continue;
    }
    const doLines = checkLines(entry.do);
    const dontLines = checkLines(entry.dont);
    if (!doLines.ok) problems.push(problem(`${key}.do`, entry.do, doLines.message, fallback.entry));
    if (!dontLines.ok) problems.push(problem(`${key}.dont`, entry.dont, dontLines.message, fallback.entry));
    const guidance: DomainGuidance = { do: doLines.ok ? doLines.value : [], dont: dontLines.ok ? dontLines.value : [] };
    if (guidance.do.length + guidance.dont.length > 0) result[domain] = guidance;
  }
  return result;
}

function checkServiceList(value: unknown, serviceIds: ReadonlySet<string>, problems: Problems): string[] | undefined {
  const fallback = FALLBACKS.disabledServices;
  if (!Array.isArray(value)) {
    problems.push(
      problem("disabledServices", value, `must be a list of service ids, not ${kindOf(value)}`, fallback.whole),
    );
    return undefined;
  }
  if (value.length > MAX_MAP_ENTRIES) {
    const message = `has ${value.length} entries; at most ${MAX_MAP_ENTRIES}`;
    problems.push(problem("disabledServices", value, message, fallback.whole));
    return undefined;
  }
  const ids: string[] = [];
  value.forEach((id, i) => {
    if (typeof id === "string" && serviceIds.has(id)) ids.push(id);
    else problems.push(problem(`disabledServices[${i}]`, id, "is not the id of a known service", fallback.entry));
  });
  return ids;
}

/**
 * Runs one key's check. Whatever it throws (a RangeError from a value nested thousands deep, a
 * bug) becomes a problem for that key, and every other key still applies.
 */
function checkKey(key: string, raw: Record<string, unknown>, problems: Problems, check: () => void): void {
  if (!Object.hasOwn(raw, key)) return;
  try {
    check();
  } catch (error) {
    const reason = error instanceof RangeError ? "is nested too deeply or is too large" : "could not be checked";
    problems.push(problem(key, raw[key], `${reason}; the whole key is ignored`, fallbackFor(key)));
  }
}

function fallbackFor(key: string): string {
  const known = FALLBACKS[key as keyof typeof FALLBACKS];
  return typeof known === "string" ? known : (known?.whole ?? FALLBACKS.unknownKey);
}

/** `catalog` gives the known service ids (and their variants). */
/**
 * `suffixes`: the Public Suffix List, needed only when the policy has customServices (see
 * needsPublicSuffixes); without it, custom services are refused rather than left unchecked.
 */
export function validatePolicy(
  raw: unknown,
  catalog: readonly Service[],
  suffixes: PublicSuffixes | null = null,
): PolicyResult {
  const problems: Problems = [];
  const policy: ManagedPolicy = {};
  if (raw === undefined || raw === null) return { policy, problems };
  if (!isRecord(raw)) {
    const message = `must be an object of keys, not ${kindOf(raw)}`;
    problems.push(problem("(policy)", raw, message, FALLBACKS.wholePolicy));
    return { policy, problems };
  }
  try {
    checkAllKeys(raw, catalog, suffixes, policy, problems);
  } catch {
    // checkKey catches per key; this is the last net, so a policy never takes the extension down.
    problems.push(problem("(policy)", undefined, "could not be checked completely", FALLBACKS.wholePolicy));
  }
  return { policy, problems };
}

function checkAllKeys(
  raw: Record<string, unknown>,
  catalog: readonly Service[],
  suffixes: PublicSuffixes | null,
  policy: ManagedPolicy,
  problems: Problems,
) {
  for (const key of Object.keys(raw)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) {
      problems.push(problem(key.slice(0, 80), raw[key], "is not a key this extension knows", FALLBACKS.unknownKey));
    }
  }
  // One call per key, in the order the admin view lists them; a new key adds one checkKey line.
  for (const key of ["organizationName", "supportContact"] as const) {
    checkKey(key, raw, problems, () => {
      const checked = checkText(raw[key], key === "organizationName" ? 100 : 200);
      if (checked.ok) policy[key] = checked.value;
      else problems.push(problem(key, raw[key], checked.message, FALLBACKS[key]));
    });
  }
  checkKey("acceptableUsePolicyUrl", raw, problems, () => {
    const checked = checkHttpsUrl(raw.acceptableUsePolicyUrl);
    if (checked.ok) policy.acceptableUsePolicyUrl = checked.value;
    else
      problems.push(
        problem(
          "acceptableUsePolicyUrl",
          raw.acceptableUsePolicyUrl,
          checked.message,
          FALLBACKS.acceptableUsePolicyUrl,
        ),
      );
  });

  const catalogIds = new Set(catalog.map((s) => s.id));
  checkKey("customServices", raw, problems, () => {
    const vendor = policy.organizationName ?? "Your organisation";
    const custom = checkCustomServices(raw.customServices, catalogIds, vendor, suffixes, problems);
    if (custom !== undefined) policy.customServices = custom;
  });
  const serviceIds = new Set([...catalogIds, ...(policy.customServices ?? []).map((s) => s.id)]);
  const byId = new Map(catalog.map((s) => [s.id, s]));

  const status = (entry: unknown) =>
    oneOf(SERVICE_STATUSES, entry)
      ? { ok: true as const, value: entry }
      : { ok: false as const, message: `must be one of ${SERVICE_STATUSES.join(", ")}` };
  checkKey("serviceStatuses", raw, problems, () => {
    const map = checkServiceMap<ServiceStatus>("serviceStatuses", raw.serviceStatuses, serviceIds, problems, status);
    if (map !== undefined) policy.serviceStatuses = map;
  });
  checkKey("defaultStatus", raw, problems, () => {
    const checked = status(raw.defaultStatus);
    if (checked.ok) policy.defaultStatus = checked.value;
    else problems.push(problem("defaultStatus", raw.defaultStatus, checked.message, FALLBACKS.defaultStatus));
  });
  checkKey("modelOverrides", raw, problems, () => {
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
  });
  checkKey("serviceVariants", raw, problems, () => {
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
  });
  checkKey("disabledServices", raw, problems, () => {
    const ids = checkServiceList(raw.disabledServices, serviceIds, problems);
    if (ids !== undefined) policy.disabledServices = ids;
  });
  checkKey("extraGuidance", raw, problems, () => {
    const guidance = checkGuidance(raw.extraGuidance, problems);
    if (guidance !== undefined) policy.extraGuidance = guidance;
  });
  checkKey("alternatives", raw, problems, () => {
    const map = checkServiceMap("alternatives", raw.alternatives, serviceIds, problems, checkAlternative);
    if (map !== undefined) policy.alternatives = map;
  });
  for (const key of ["unapprovedAction", "blockedAction"] as const) {
    checkKey(key, raw, problems, () => {
      // "justify" asks the user for a reason; a blocked service is never opened for one.
      const allowed = ENFORCEMENT_ACTIONS.filter((a) => key === "unapprovedAction" || a !== "justify");
      if (oneOf(allowed, raw[key])) policy[key] = raw[key];
      else problems.push(problem(key, raw[key], `must be one of ${allowed.join(", ")}`, FALLBACKS[key]));
    });
  }
  checkKey("allowUserSettings", raw, problems, () => {
    if (typeof raw.allowUserSettings === "boolean") policy.allowUserSettings = raw.allowUserSettings;
    else
      problems.push(
        problem("allowUserSettings", raw.allowUserSettings, "must be true or false", FALLBACKS.allowUserSettings),
      );
  });
  checkKey("frameworkVersion", raw, problems, () => {
    const checked = checkFrameworkVersion(raw.frameworkVersion);
    if (checked.ok) policy.frameworkVersion = checked.value;
    else problems.push(checked.problem);
  });
  checkKey("pasteGuard", raw, problems, () => checkPasteGuard(raw.pasteGuard, policy, problems));
  checkKey("statusMessages", raw, problems, () => {
    const messages = checkStatusMessages(raw.statusMessages, problems);
    if (messages !== undefined) policy.statusMessages = messages;
  });
  // Last: which catalog services the custom ones shadow, and which status applies there.
  checkKey("customServices", raw, problems, () => reportShadows(policy, catalog, problems));
  checkKey("justifyMinutes", raw, problems, () => checkJustifyMinutes(raw.justifyMinutes, policy, problems));
  checkKey("exceptionRequestUrl", raw, problems, () =>
    checkExceptionRequestUrl(raw.exceptionRequestUrl, policy, problems),
  );
  checkKey("tenantRestrictions", raw, problems, () => checkTenantPinning(raw.tenantRestrictions, policy, problems));
}

/** True when the policy sets nothing at all (no policy, or only invalid keys). */
export function isEmptyPolicy(policy: ManagedPolicy): boolean {
  return Object.keys(policy).length === 0;
}

/** True when validating `raw` needs the Public Suffix List: it names custom services. */
export function needsPublicSuffixes(raw: unknown): boolean {
  return isRecord(raw) && Object.hasOwn(raw, "customServices") && raw.customServices !== undefined;
}
