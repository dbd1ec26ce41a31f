import type { Match } from "../../engine/types";
import { tabs } from "../shared/browser-api";
import type { TabView } from "../shared/messages";
import { chosenVariant } from "./choices";
import { engine } from "./engine-instance";
import { loadTabMatch, saveTabMatch } from "./tab-records";

/** The tab's match: from session storage, or worked out again from the tab when none is stored. */
export async function matchForTab(tabId: number): Promise<Match | null> {
  const stored = await loadTabMatch(tabId);
  if (stored !== undefined) return stored;
  const tab = await tabs.get(tabId);
  const match = tab?.url === undefined ? null : engine.match(tab.url);
  await saveTabMatch(tabId, match);
  return match;
}

export async function viewForMatch(match: Match | null): Promise<TabView> {
  if (match === null) return { kind: "none" };
  const service = match.service;
  const chosen = await chosenVariant(service.id);
  const verdict = engine.verdict(match, { variantId: chosen });
  const deploymentModel = engine.model.deploymentModels.find((m) => m.id === verdict.deploymentModel);
  if (deploymentModel === undefined) throw new Error(`unknown deployment model ${verdict.deploymentModel}`);
  return {
    kind: "service",
    verdict,
    deploymentModel,
    variants: service.variants ?? [],
    chosenVariantId: verdict.variantId,
    dataUse: service.dataUse ?? null,
    source: service.source,
    reviewed: service.reviewed,
  };
}

export async function viewForTab(tabId: number): Promise<TabView> {
  return viewForMatch(await matchForTab(tabId));
}
