/**
 * The typed message contract between the extension's parts. Each request names its payload and
 * its answer in one place, so sender and handler cannot drift apart.
 */

import type { GuardSettings } from "../../engine/guard/settings";
import type { NetworkRuleSet } from "../../engine/network-rules/types";
import type { ProblemGroup } from "../../engine/policy/problem-groups";
import type {
  Alternative,
  DomainGuidance,
  EnforcementAction,
  ManagedPolicy,
  PolicyProblem,
  ServiceStatus,
} from "../../engine/policy/types";
import type { DeploymentModel, DeploymentModel2025, Domain2025Id, ServiceVariant } from "../../engine/types";
import type { Verdict } from "../../engine/verdict";
import { runtime } from "./browser-api";

/** The organisation behind a managed policy, as users see it. Null when there is no policy. */
export interface OrganisationInfo {
  name: string | null;
  supportContact: string | null;
  acceptableUsePolicyUrl: string | null;
  /** How many policy values were ignored (the admin view lists them). */
  problemCount: number;
}

/** What the popup shows for a tab. */
export type TabView =
  | { kind: "none"; organisation: OrganisationInfo | null }
  | {
      kind: "service";
      organisation: OrganisationInfo | null;
      /** The organisation's status for this service; null when its policy sets none. */
      status: ServiceStatus | null;
      /** What the status means, in the organisation's words or the built-in ones; null without a status. */
      statusMessage: string | null;
      alternative: string | null;
      /** An https link to the alternative, when the policy gives one. */
      alternativeUrl: string | null;
      /** True when this browser enforces the organisation's workspace for the service (tenant pinning). */
      workspacePinned: boolean;
      /** The organisation's own Do / Don't lines, per domain. */
      extraGuidance: Partial<Record<Domain2025Id, DomainGuidance>>;
      /** False when the policy sets the plan, or users may not change their settings. */
      userMayChoose: boolean;
      /** Added by the organisation's policy rather than the catalog. */
      fromPolicy: boolean;
      verdict: Verdict;
      /** With framework 2025 (admin policy frameworkVersion), a 2025 column. */
      deploymentModel: DeploymentModel | DeploymentModel2025;
      variants: ServiceVariant[];
      /** The picker's first option: the service's default plan, in words that fit it. */
      defaultPlanLabel: string;
      /** The plan the user picked, when they picked one. */
      chosenVariantId: string | null;
      source: string;
      reviewed: string;
    };

/** What the in-page notice and the block page say about an unapproved or blocked service. */
export interface EnforcementView {
  serviceName: string;
  modelName: string;
  status: ServiceStatus;
  /** What the status means, in the organisation's words or the built-in ones. */
  statusMessage: string;
  action: EnforcementAction;
  organisationName: string | null;
  alternative: string | null;
  /** An https link to the alternative, when the policy gives one. */
  alternativeUrl: string | null;
  supportContact: string | null;
  acceptableUsePolicyUrl: string | null;
}

/** The admin view: the effective policy and every value that was ignored. */
export interface PolicyView {
  policy: ManagedPolicy;
  problems: PolicyProblem[];
  /** Hosts of custom services, and whether the extension may see them without a click. */
  customHosts: { pattern: string; granted: boolean }[];
}

// Enforcement (issue 10): block page, justify interstitial, admin page. Every one of these
// requests comes from an extension page (sender kind "extension-page"), never a content script.

/** The block page: why, and the ways forward. */
export interface BlockPageView extends EnforcementView {
  alternativeLink: Alternative | null;
  /** An https form the admin gives, or a mailto: to the support contact; null: neither is set. */
  exceptionHref: string | null;
}

/** The reasons offered on the justify page (plus free text). */
export const JUSTIFY_REASONS = [
  "A task the approved tools cannot do",
  "Trying it out for an evaluation",
  "A customer or partner asked me to use it",
  "Something else",
] as const;

/** One reason a user gave, kept on this device only. */
export interface Justification {
  serviceId: string;
  reason: string;
  detail: string;
  at: number;
  until: number;
}

export interface JustifyView {
  serviceName: string;
  organisationName: string | null;
  minutes: number;
  reasons: readonly string[];
  /** The last reason given for this service, if any (shown to the user). */
  last: Justification | null;
  /** Where "Continue" goes: the service's start page. */
  home: string | null;
  acceptableUsePolicyUrl: string | null;
  alternative: Alternative | null;
}

/** A row of the admin page's catalog table. */
export interface CatalogRow {
  id: string;
  name: string;
  vendor: string;
  model: string;
  hosts: string[];
  status: string | null;
  /** A vendor whose workspace tenantRestrictions can pin. */
  pinnable: boolean;
  /** The policy pins this service's vendor to the organisation's workspace. */
  pinned: boolean;
}

export interface PolicyCheck {
  problemCount: number;
  problemGroups: ProblemGroup[];
  networkRules: NetworkRuleSet;
}

/** What the admin page shows beyond the policy itself. */
export interface AdminView {
  /** The policy in effect's problems, grouped by key and capped per key. */
  problemCount: number;
  problemGroups: ProblemGroup[];
  version: string;
  catalogSize: number;
  catalogDate: string;
  catalog: CatalogRow[];
  networkRules: NetworkRuleSet;
  justifications: Justification[];
}

export interface Requests {
  /** Popup -> background: the view for a tab. */
  "tab-view": { request: { tabId: number }; response: TabView };
  /** Popup -> background: remember which plan of a service the user has (null: not sure). */
  "choose-variant": { request: { tabId: number; serviceId: string; variantId: string | null }; response: TabView };
  /**
   * Content script -> background: the page (or its in-page route) changed. No URL travels: the
   * background reads the sender's own tab, so a page cannot speak for another URL or tab.
   */
  "page-changed": { request: Record<string, never>; response: { ok: true; notice?: EnforcementView } };
  /** Options page -> background: the effective policy and its problems. */
  "policy-view": { request: Record<string, never>; response: PolicyView };
  /** Block page -> background: why the service it replaced is blocked (null: it no longer is). */
  "blocked-view": { request: { serviceId: string }; response: BlockPageView | null };
  // Paste guard (issue 11). The two content-script requests are about the sender's own tab only.
  /** Content script -> background: the guard's settings for the sender tab's service. */
  "guard-settings": { request: Record<string, never>; response: GuardSettings };
  /** Content script -> background: how many findings of each detector one paste or file had. */
  "guard-counts": { request: { counts: Record<string, number> }; response: { ok: boolean } };
  /** Extension page -> background: the findings counted per day on this device. */
  "guard-stats": { request: Record<string, never>; response: GuardStats };
  /** Justify page -> background: the reasons and the period. */
  "justify-view": { request: { serviceId: string }; response: JustifyView | null };
  /** Justify page -> background: the user's reason; opens the service for the period. */
  justify: {
    request: { serviceId: string; reason: string; detail: string };
    response: { ok: true; until: number; home: string | null } | { ok: false; message: string };
  };
  /** Options page -> background: catalog, rules in effect, reasons kept on this device. */
  "admin-view": { request: Record<string, never>; response: AdminView };
  /** Options page -> background: check a pasted policy with the same validator (nothing is sent). */
  "check-policy": { request: { text: string }; response: PolicyCheck | { error: string } };
}

/** Paste guard: counts per detector and day, never the text (issue 11). */
export interface GuardStats {
  days: { day: string; counts: Record<string, number> }[];
}

export type RequestType = keyof Requests;

/**
 * Who may send each request; the background refuses it from anyone else (sender-check.ts).
 * "extension-page": one of this extension's own pages (popup, options, block page), never a
 * content script. "content-script": this extension's content script, about its own tab only.
 */
export type SenderKind = "extension-page" | "content-script";
export const REQUEST_SENDERS: { readonly [K in RequestType]: SenderKind } = {
  "tab-view": "extension-page",
  "choose-variant": "extension-page",
  "page-changed": "content-script",
  "policy-view": "extension-page",
  "blocked-view": "extension-page",
  "guard-settings": "content-script",
  "guard-counts": "content-script",
  "guard-stats": "extension-page",
  "justify-view": "extension-page",
  justify: "extension-page",
  "admin-view": "extension-page",
  "check-policy": "extension-page",
};
/** A request as sent: its type plus its payload (a union over every type, so `switch` narrows it). */
export type RequestMessage = { [K in RequestType]: { type: K } & Requests[K]["request"] }[RequestType];
export type ResponseOf<K extends RequestType> = Requests[K]["response"];

export function send<K extends RequestType>(type: K, payload: Requests[K]["request"]): Promise<ResponseOf<K>> {
  return runtime.sendMessage({ type, ...payload }) as Promise<ResponseOf<K>>;
}

const REQUEST_TYPES: ReadonlySet<string> = new Set<RequestType>([
  "tab-view",
  "choose-variant",
  "page-changed",
  "policy-view",
  "blocked-view",
  "guard-settings",
  "guard-counts",
  "guard-stats",
  "justify-view",
  "justify",
  "admin-view",
  "check-policy",
]);

export function isRequest(message: unknown): message is RequestMessage {
  return (
    typeof message === "object" && message !== null && REQUEST_TYPES.has((message as { type?: unknown }).type as string)
  );
}
