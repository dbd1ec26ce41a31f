/**
 * The admin policy as the extension uses it. Mirrors managed_schema.json key for key (a unit test
 * keeps the two in step). Every key is optional: absence means "not set", never "false".
 */
import type { DeploymentModelId, DomainId, Service } from "../types";

export const SERVICE_STATUSES = ["approved", "tolerated", "unapproved", "blocked"] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** What the extension does on an unapproved or blocked service. */
export const ENFORCEMENT_ACTIONS = ["badge", "notice", "block"] as const;
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
