/**
 * Block pages, justify interstitials and notices for unapproved or blocked services, as the policy
 * asks. The network rules (network-sync.ts) act before the request; the tab checks here catch
 * what they cannot see: an in-page route change (github.com to github.com/copilot) and hosts the
 * extension has no access to.
 */

import { PAGES } from "../../engine/network-rules/types";
import { alternativeFor } from "../../engine/policy";
import { JUSTIFY_MINUTES } from "../../engine/policy/validate-enforcement";
import type { Match, Service } from "../../engine/types";
import { runtime, tabs } from "../shared/browser-api";
import { contactHref } from "../shared/contact";
import {
  type BlockPageView,
  type EnforcementView,
  JUSTIFY_REASONS,
  type JustifyView,
  type TabView,
} from "../shared/messages";
import { activeEngine } from "./engine-instance";
import { justificationFor, justifiedNow } from "./justifications";
import { enforcementView } from "./organisation";
import { currentPolicy } from "./policy-store";
import { viewForMatch } from "./tab-view";

export const BLOCK_PAGE = PAGES.blocked.slice(1);
const JUSTIFY_PAGE = PAGES.justify.slice(1);

/** The enforcement for what a tab shows; null when the service is allowed or only badged. */
export function enforcementForView(view: TabView): EnforcementView | null {
  if (view.kind !== "service") return null;
  const service = activeEngine().services.get(view.verdict.serviceId);
  return service === undefined ? null : enforcementView(service, view.deploymentModel);
}

/** Replaces the tab with the block or justify page. Only the service id travels: never the page's URL. */
export async function interceptTab(tabId: number, serviceId: string, action: "block" | "justify"): Promise<void> {
  const page = action === "block" ? BLOCK_PAGE : JUSTIFY_PAGE;
  // "after=load": the page had loaded (an in-page route change); the block page does not claim otherwise.
  await tabs.navigate(tabId, `${runtime.getURL(page)}?service=${encodeURIComponent(serviceId)}&after=load`);
}

/** What a tab showing a service must do now: be blocked, be asked for a reason, or nothing. */
export async function interceptionFor(view: TabView): Promise<"block" | "justify" | null> {
  const action = enforcementForView(view)?.action;
  if (action === "block") return "block";
  if (action === "justify" && view.kind === "service") {
    return (await justifiedNow()).has(view.verdict.serviceId) ? null : "justify";
  }
  return null;
}

async function standingOf(serviceId: string): Promise<{ service: Service; enforcement: EnforcementView } | null> {
  const service = activeEngine().services.get(serviceId);
  const rule = service?.match[0];
  if (service === undefined || rule === undefined) return null;
  const match: Match = { service, host: rule.host };
  const enforcement = enforcementForView(await viewForMatch(match, "badge"));
  return enforcement === null ? null : { service, enforcement };
}

/** For the block page: why a service is blocked, worked out again from the current policy. */
export async function blockedView(serviceId: string): Promise<BlockPageView | null> {
  const standing = await standingOf(serviceId);
  if (standing?.enforcement.action !== "block") return null;
  const { policy } = currentPolicy();
  const mail = policy.supportContact === undefined ? null : contactHref(policy.supportContact);
  const subject = encodeURIComponent(`Exception request: ${standing.service.name}`);
  const mailto = mail?.startsWith("mailto:") ? `${mail}?subject=${subject}` : mail;
  return {
    ...standing.enforcement,
    alternativeLink: alternativeFor(policy, serviceId),
    exceptionHref: policy.exceptionRequestUrl ?? mailto,
  };
}

/** The service's start page: its first host without a wildcard (and first path on a shared host). */
export function homeOf(service: Service): string | null {
  const rule = service.match.find((r) => !r.host.startsWith("*."));
  return rule === undefined ? null : `https://${rule.host}${rule.paths?.[0] ?? "/"}`;
}

export function justifyMinutes(): number {
  return currentPolicy().policy.justifyMinutes ?? JUSTIFY_MINUTES.default;
}

export async function justifyView(serviceId: string): Promise<JustifyView | null> {
  const standing = await standingOf(serviceId);
  if (standing?.enforcement.action !== "justify") return null;
  const { policy } = currentPolicy();
  return {
    serviceName: standing.service.name,
    organisationName: policy.organizationName ?? null,
    minutes: justifyMinutes(),
    reasons: JUSTIFY_REASONS,
    last: await justificationFor(serviceId),
    home: homeOf(standing.service),
    acceptableUsePolicyUrl: policy.acceptableUsePolicyUrl ?? null,
    alternative: alternativeFor(policy, serviceId),
  };
}
