import { isWorkspacePinned } from "../../engine/network-rules/tenant-rules";
import { defaultPlanLabel } from "../../engine/plan-data";
import { choicesUnderPolicy } from "../../engine/policy";
import type { DeploymentModel, DeploymentModelId, Match } from "../../engine/types";
import { tabs } from "../shared/browser-api";
import type { TabView } from "../shared/messages";
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

export async function viewForMatch(match: Match | null): Promise<TabView> {
  const organisation = organisationInfo();
  if (match === null) return { kind: "none", organisation };
  const service = match.service;
  const chosen = await chosenVariant(service.id);
  const choices = choicesUnderPolicy(currentPolicy().policy, service.id, chosen);
  const verdict = activeEngine().verdict(match, choices);
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

export async function viewForTab(tabId: number): Promise<TabView> {
  return viewForMatch(await matchForTab(tabId));
}
