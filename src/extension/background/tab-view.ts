import { isWorkspacePinned } from "../../engine/network-rules/tenant-rules";
import { defaultPlanLabel } from "../../engine/plan-data";
import { choicesUnderPolicy } from "../../engine/policy";
import { withDetails } from "../../engine/service-details";
import type { DeploymentModel, DeploymentModelId, Match } from "../../engine/types";
import { tabs } from "../shared/browser-api";
import type { TabView } from "../shared/messages";
import { detailsFor } from "./catalog-details";
import { chosenVariant } from "./choices";
import { activeEngine } from "./engine-instance";
import { organisationInfo, serviceStanding } from "./organisation";
import { currentPolicy } from "./policy-store";
import { loadTabMatch, saveTabMatch } from "./tab-records";

/** The tab's match: from session storage, or worked out again from the tab when none is stored. */
export async function matchForTab(tabId: number): Promise<Match | null> {
  const stored = await loadTabMatch(tabId);
  if (stored !== undefined) return stored;
  const tab = await tabs.get(tabId);
  const match = tab?.url === undefined ? null : activeEngine().match(tab.url);
  await saveTabMatch(tabId, match);
  return match;
}

/**
 * "badge": what the badge, the notice and enforcement need (no catalog details are read).
 * "popup": the whole view, with the plan's data use, jurisdiction and facts.
 */
export type ViewPurpose = "badge" | "popup";

export async function viewForMatch(match: Match | null, purpose: ViewPurpose): Promise<TabView> {
  const organisation = organisationInfo();
  if (match === null) return { kind: "none", organisation };
  const service = purpose === "popup" ? withDetails(match.service, await detailsFor(match.service.id)) : match.service;
  const chosen = await chosenVariant(service.id);
  const choices = choicesUnderPolicy(currentPolicy().policy, service.id, chosen);
  const verdict = activeEngine().verdict({ ...match, service }, choices);
  const standing = serviceStanding(service.id);
  return {
    kind: "service",
    organisation,
    status: standing.status,
    statusMessage: standing.statusMessage,
    alternative: standing.alternative,
    alternativeUrl: standing.alternativeUrl,
    extraGuidance: standing.extraGuidance,
    userMayChoose: standing.userMayChoose,
    fromPolicy: standing.fromPolicy,
    workspacePinned: isWorkspacePinned(currentPolicy().policy.tenantRestrictions, service.id),
    verdict,
    deploymentModel: activeEngine().describeModel(verdict),
    variants: service.variants ?? [],
    defaultPlanLabel: defaultPlanLabel(service, catalogModelOf(service.deploymentModel)),
    chosenVariantId: verdict.variantId,
    source: service.source,
    reviewed: service.reviewed,
  };
}

/** The 2024 deployment model the catalog gives a service (the plan picker words its default plan by it). */
function catalogModelOf(id: DeploymentModelId): DeploymentModel {
  const found = activeEngine().model.deploymentModels.find((m) => m.id === id);
  if (found === undefined) throw new Error(`unknown deployment model ${id}`);
  return found;
}

/** The popup's view of a tab. */
export async function viewForTab(tabId: number): Promise<TabView> {
  return viewForMatch(await matchForTab(tabId), "popup");
}
