/**
 * The enforcement keys of the admin policy (issue 10): how long a justified visit lasts, where to
 * request an exception, and the ids that pin each vendor's workspace. Ids are checked against each
 * vendor's format, so a policy can never put arbitrary text into a request header.
 */
import { checkHttpsUrl, isRecord, kindOf, summarise } from "./text-checks";
import type { ManagedPolicy, PolicyProblem, TenantRestrictions } from "./types";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A token whose format the vendor does not publish: letters, digits, '-' and '_' only. */
const OPAQUE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const OPENAI_ORG = /^org-[A-Za-z0-9]{8,64}$/;
const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/i;

export const JUSTIFY_MINUTES = { min: 1, max: 1440, default: 60 } as const;

interface IdRule {
  pattern: RegExp;
  what: string;
  max: number;
}
const IDS = {
  workspace: { pattern: OPAQUE_ID, what: "ChatGPT workspace ids (letters, digits, - and _)", max: 20 },
  openaiOrg: { pattern: OPENAI_ORG, what: 'OpenAI organisation ids such as "org-Tkxfm8owx4zIPaJGNDVrPs6m"', max: 20 },
  uuid: { pattern: UUID, what: "organisation UUIDs", max: 20 },
  enterprise: { pattern: OPAQUE_ID, what: "GitHub enterprise ids (letters, digits, - and _)", max: 20 },
  tenant: { pattern: UUID, what: "a directory (tenant) id, a GUID", max: 1 },
  allowedTenant: { pattern: DOMAIN, what: "tenant domains such as contoso.com, or directory GUIDs", max: 50 },
} satisfies Record<string, IdRule>;

type Problems = PolicyProblem[];
const IGNORED_VENDOR = "this vendor's workspace is not pinned";

function idList(value: unknown, rule: IdRule, key: string, problems: Problems): string[] | undefined {
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || list.length > rule.max) {
    problems.push({
      key,
      value: summarise(value),
      message: `must be a list of 1 to ${rule.max} ${rule.what}`,
      fallback: IGNORED_VENDOR,
    });
    return undefined;
  }
  const ok = (id: unknown): id is string =>
    typeof id === "string" && (rule.pattern.test(id) || (rule === IDS.allowedTenant && UUID.test(id)));
  const bad = list.findIndex((id) => !ok(id));
  if (bad >= 0) {
    problems.push({
      key: `${key}[${bad}]`,
      value: summarise(list[bad]),
      message: `is not one of ${rule.what}`,
      fallback: IGNORED_VENDOR,
    });
    return undefined;
  }
  return [...new Set(list as string[])];
}

function vendorObject(raw: Record<string, unknown>, vendor: string, fields: string[], problems: Problems) {
  const value = raw[vendor];
  const key = `tenantRestrictions.${vendor}`;
  if (!isRecord(value)) {
    problems.push({
      key,
      value: summarise(value),
      message: `must be an object, not ${kindOf(value)}`,
      fallback: IGNORED_VENDOR,
    });
    return undefined;
  }
  const unknown = Object.keys(value).filter((k) => !fields.includes(k));
  if (unknown.length > 0) {
    problems.push({
      key,
      value: summarise(value),
      message: `has unknown field(s) ${unknown.slice(0, 5).join(", ")}; use ${fields.join(", ")}`,
      fallback: IGNORED_VENDOR,
    });
    return undefined;
  }
  return value;
}

function optionalBoolean(value: unknown, key: string, problems: Problems): boolean | undefined {
  if (value === undefined || typeof value === "boolean") return value;
  problems.push({ key, value: summarise(value), message: "must be true or false", fallback: "false" });
  return undefined;
}

const VENDORS = ["chatgpt", "openaiApi", "anthropic", "github", "microsoft"] as const;

export function checkTenantRestrictions(raw: unknown, problems: Problems): TenantRestrictions | undefined {
  if (!isRecord(raw)) {
    problems.push({
      key: "tenantRestrictions",
      value: summarise(raw),
      message: `must be an object keyed by vendor (${VENDORS.join(", ")}), not ${kindOf(raw)}`,
      fallback: "no workspace is pinned",
    });
    return undefined;
  }
  const result: TenantRestrictions = {};
  for (const key of Object.keys(raw)) {
    if (!(VENDORS as readonly string[]).includes(key))
      problems.push({
        key: `tenantRestrictions.${key.slice(0, 60)}`,
        value: summarise(raw[key]),
        message: `is not a vendor this extension pins: use ${VENDORS.join(", ")}`,
        fallback: "nothing is pinned for it",
      });
  }
  const path = (vendor: string, field: string) => `tenantRestrictions.${vendor}.${field}`;
  if (raw.chatgpt !== undefined) {
    const v = vendorObject(raw, "chatgpt", ["workspaceIds", "blockLoggedOut"], problems);
    const ids = v && idList(v.workspaceIds, IDS.workspace, path("chatgpt", "workspaceIds"), problems);
    if (v && ids) {
      result.chatgpt = { workspaceIds: ids };
      const anon = optionalBoolean(v.blockLoggedOut, path("chatgpt", "blockLoggedOut"), problems);
      if (anon !== undefined) result.chatgpt.blockLoggedOut = anon;
    }
  }
  if (raw.openaiApi !== undefined) {
    const v = vendorObject(raw, "openaiApi", ["organizationIds"], problems);
    const ids = v && idList(v.organizationIds, IDS.openaiOrg, path("openaiApi", "organizationIds"), problems);
    if (ids) result.openaiApi = { organizationIds: ids };
  }
  if (raw.anthropic !== undefined) {
    const v = vendorObject(raw, "anthropic", ["organizationIds"], problems);
    const ids = v && idList(v.organizationIds, IDS.uuid, path("anthropic", "organizationIds"), problems);
    if (ids) result.anthropic = { organizationIds: ids };
  }
  if (raw.github !== undefined) {
    const v = vendorObject(raw, "github", ["enterpriseIds"], problems);
    const ids = v && idList(v.enterpriseIds, IDS.enterprise, path("github", "enterpriseIds"), problems);
    if (ids) result.github = { enterpriseIds: ids };
  }
  if (raw.microsoft !== undefined) {
    const microsoft = checkMicrosoft(raw, problems);
    if (microsoft) result.microsoft = microsoft;
  }
  return result;
}

function checkMicrosoft(raw: Record<string, unknown>, problems: Problems): TenantRestrictions["microsoft"] {
  const fields = ["tenantId", "policyId", "allowedTenants", "blockPersonalAccounts"];
  const v = vendorObject(raw, "microsoft", fields, problems);
  if (v === undefined) return undefined;
  const key = (field: string) => `tenantRestrictions.microsoft.${field}`;
  const tenant = idList(v.tenantId, IDS.tenant, key("tenantId"), problems)?.[0];
  if (tenant === undefined) return undefined;
  const result: NonNullable<TenantRestrictions["microsoft"]> = { tenantId: tenant };
  if (v.policyId !== undefined) {
    const policy = idList(
      v.policyId,
      { ...IDS.tenant, what: "a tenant restrictions policy id, a GUID" },
      key("policyId"),
      problems,
    )?.[0];
    if (policy !== undefined) result.policyId = policy;
  }
  if (v.allowedTenants !== undefined) {
    const allowed = idList(v.allowedTenants, IDS.allowedTenant, key("allowedTenants"), problems);
    if (allowed !== undefined) result.allowedTenants = allowed;
  }
  const msa = optionalBoolean(v.blockPersonalAccounts, key("blockPersonalAccounts"), problems);
  if (msa !== undefined) result.blockPersonalAccounts = msa;
  if (result.policyId === undefined && result.allowedTenants === undefined && !result.blockPersonalAccounts) {
    problems.push({
      key: "tenantRestrictions.microsoft",
      value: summarise(v),
      message: "needs policyId (tenant restrictions v2), allowedTenants (v1) or blockPersonalAccounts",
      fallback: IGNORED_VENDOR,
    });
    return undefined;
  }
  return result;
}

/** The enforcement keys; each one that is valid is set on `policy`. */
/** `justifyMinutes`: a whole number of minutes in range, or the default with a problem. */
export function checkJustifyMinutes(value: unknown, policy: ManagedPolicy, problems: Problems): void {
  if (
    typeof value === "number" &&
    Number.isInteger(value) &&
    value >= JUSTIFY_MINUTES.min &&
    value <= JUSTIFY_MINUTES.max
  )
    policy.justifyMinutes = value;
  else
    problems.push({
      key: "justifyMinutes",
      value: summarise(value),
      message: `must be a whole number of minutes from ${JUSTIFY_MINUTES.min} to ${JUSTIFY_MINUTES.max}`,
      fallback: `${JUSTIFY_MINUTES.default} minutes`,
    });
}

/** `exceptionRequestUrl`: an https link for the block page's "Request an exception". */
export function checkExceptionRequestUrl(value: unknown, policy: ManagedPolicy, problems: Problems): void {
  const checked = checkHttpsUrl(value);
  if (checked.ok) policy.exceptionRequestUrl = checked.value;
  else
    problems.push({
      key: "exceptionRequestUrl",
      value: summarise(value),
      message: checked.message,
      fallback: "the block page offers an e-mail to the support contact, if one is set",
    });
}

/** `tenantRestrictions`: kept only when at least one vendor is pinned. */
export function checkTenantPinning(value: unknown, policy: ManagedPolicy, problems: Problems): void {
  const pinned = checkTenantRestrictions(value, problems);
  if (pinned !== undefined && Object.keys(pinned).length > 0) policy.tenantRestrictions = pinned;
}
