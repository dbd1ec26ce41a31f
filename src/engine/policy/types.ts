/**
 * The admin policy as the extension uses it. Mirrors managed_schema.json key for key (a unit test
 * keeps the two in step). Every key is optional: absence means "not set", never "false".
 */
import type { DetectorGroup } from "../guard/types";
import type { DeploymentModelId, DomainId, FrameworkVersion, Service } from "../types";

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
  /**
   * Set by validation, never by the admin: ids of catalog services whose hosts this service also
   * claims. It is shown there, and a stricter status listed for one of them still applies there.
   */
  shadows?: string[];
};

/** What to use instead of a service: its name, and a link when the admin gives one. */
export interface Alternative {
  name: string;
  url?: string;
}

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
  alternatives?: Record<string, Alternative>;
  unapprovedAction?: EnforcementAction;
  blockedAction?: EnforcementAction;
  allowUserSettings?: boolean;
  /* Framework version (validate-framework.ts): "2025" shows the author's 2025 revision. Default "2024". */
  frameworkVersion?: FrameworkVersion;
  // Paste guard (issue 11): what it does per service status, which detectors run, the markers.
  pasteGuard?: PasteGuardPolicy;
  // The five-second popup (issue 9): each status's plain meaning, in the organisation's words.
  statusMessages?: Partial<Record<ServiceStatus, string>>;
  // Enforcement in the network layer (issue 10): justify period, exception requests, tenant pinning.
  justifyMinutes?: number;
  exceptionRequestUrl?: string;
  tenantRestrictions?: TenantRestrictions;
}

// Paste guard (issue 11).
export const GUARD_ACTIONS = ["off", "warn", "block"] as const;
export type GuardAction = (typeof GUARD_ACTIONS)[number];
/** The statuses a guard action is set for; "unlisted" is a service the policy gives no status. */
export const GUARD_STATUSES = [...SERVICE_STATUSES, "unlisted"] as const;
export type GuardStatus = (typeof GUARD_STATUSES)[number];
export interface PasteGuardPolicy {
  actions?: Partial<Record<GuardStatus, GuardAction>>;
  /** A group set to false is off; every other group is on. */
  detectors?: Partial<Record<DetectorGroup, boolean>>;
  sensitiveMarkers?: string[];
  /** Larger text files are attached without being read. */
  maxFileBytes?: number;
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
  "frameworkVersion",
  "pasteGuard",
  "statusMessages",
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
  /** What applies instead, in plain words ("this service keeps its catalog model"). */
  fallback: string;
}

export interface PolicyResult {
  policy: ManagedPolicy;
  problems: PolicyProblem[];
}

export const DEFAULT_ACTIONS: Record<"unapproved" | "blocked", EnforcementAction> = {
  unapproved: "notice",
  blocked: "block",
};
