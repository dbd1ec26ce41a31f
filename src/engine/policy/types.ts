/**
 * The admin policy as the extension uses it. Mirrors managed_schema.json key for key (a unit test
 * keeps the two in step). Every key is optional: absence means "not set", never "false".
 */
import type { DeploymentModelId, DomainId, Service } from "../types";

export const SERVICE_STATUSES = ["approved", "tolerated", "unapproved", "blocked"] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** What the extension does on an unapproved or blocked service. */
export const ENFORCEMENT_ACTIONS = ["badge", "notice", "justify", "block"] as const;
export type EnforcementAction = (typeof ENFORCEMENT_ACTIONS)[number];

export interface DomainGuidance {
  do: string[];
  dont: string[];
}

/** A service the organisation adds: the catalog's shape, with source and reviewed optional. */
export type CustomService = Omit<Service, "source" | "reviewed" | "variants" | "dataUse" | "jurisdiction" | "facts"> & {
  source?: string;
  reviewed?: string;
};

export interface ManagedPolicy {
  organizationName?: string;
  supportContact?: string;
  acceptableUsePolicyUrl?: string;
  serviceStatuses?: Record<string, ServiceStatus>;
  defaultStatus?: ServiceStatus;
  modelOverrides?: Record<string, DeploymentModelId>;
  serviceVariants?: Record<string, string>;
  customServices?: CustomService[];
  disabledServices?: string[];
  extraGuidance?: Partial<Record<DomainId, DomainGuidance>>;
  alternatives?: Record<string, string>;
  unapprovedAction?: EnforcementAction;
  blockedAction?: EnforcementAction;
  allowUserSettings?: boolean;
  // Enforcement in the network layer (issue 10): justify period, exception requests, tenant pinning.
  justifyMinutes?: number;
  exceptionRequestUrl?: string;
  tenantRestrictions?: TenantRestrictions;
}

/** Per vendor, the organisation's ids that the browser sends in the vendor's documented header. */
export interface TenantRestrictions {
  chatgpt?: { workspaceIds: string[]; blockLoggedOut?: boolean };
  openaiApi?: { organizationIds: string[] };
  anthropic?: { organizationIds: string[] };
  github?: { enterpriseIds: string[] };
  microsoft?: { tenantId: string; policyId?: string; allowedTenants?: string[]; blockPersonalAccounts?: boolean };
}

export type PolicyKey = keyof ManagedPolicy;

/** Every key, in the order the admin view lists them. */
export const POLICY_KEYS: readonly PolicyKey[] = [
  "organizationName",
  "supportContact",
  "acceptableUsePolicyUrl",
  "serviceStatuses",
  "defaultStatus",
  "modelOverrides",
  "serviceVariants",
  "customServices",
  "disabledServices",
  "extraGuidance",
  "alternatives",
  "unapprovedAction",
  "blockedAction",
  "allowUserSettings",
  "justifyMinutes",
  "exceptionRequestUrl",
  "tenantRestrictions",
];

/** One value the extension ignored, and why. `key` is a path such as serviceStatuses.chatgpt. */
export interface PolicyProblem {
  key: string;
  /** A short, plain-text summary of the value (never the whole of a huge value). */
  value: string;
  message: string;
  /** Plain words: what applies instead (the hardening work makes it required). */
  fallback?: string;
}

export interface PolicyResult {
  policy: ManagedPolicy;
  problems: PolicyProblem[];
}

export const DEFAULT_ACTIONS: Record<"unapproved" | "blocked", EnforcementAction> = {
  unapproved: "notice",
  blocked: "block",
};
