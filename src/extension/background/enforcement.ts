/** Block pages and notices for unapproved or blocked services, as the policy asks. */
import type { Match } from "../../engine/types";
import { runtime, tabs } from "../shared/browser-api";
import type { EnforcementView, TabView } from "../shared/messages";
import { activeEngine } from "./engine-instance";
import { enforcementView } from "./organisation";
import { viewForMatch } from "./tab-view";

export const BLOCK_PAGE = "src/extension/blocked/index.html";

/** The enforcement for what a tab shows; null when the service is allowed or only badged. */
export function enforcementForView(view: TabView): EnforcementView | null {
  if (view.kind !== "service") return null;
  const service = activeEngine().services.get(view.verdict.serviceId);
  return service === undefined ? null : enforcementView(service, view.deploymentModel);
}

/** Replaces the tab with the block page. Only the service id travels: never the page's URL. */
export async function blockTab(tabId: number, serviceId: string): Promise<void> {
  await tabs.navigate(tabId, `${runtime.getURL(BLOCK_PAGE)}?service=${encodeURIComponent(serviceId)}`);
}

/** For the block page: why a service is blocked, worked out again from the current policy. */
export async function blockedView(serviceId: string): Promise<EnforcementView | null> {
  const service = activeEngine().services.get(serviceId);
  const rule = service?.match[0];
  if (service === undefined || rule === undefined) return null;
  const match: Match = { service, host: rule.host };
  const view = await viewForMatch(match);
  const enforcement = enforcementForView(view);
  return enforcement?.action === "block" ? enforcement : null;
}
