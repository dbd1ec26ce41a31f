import { badge } from "../shared/browser-api";
import type { TabView } from "../shared/messages";

const IDLE_TITLE = "AI Responsibility Guide: no known AI service on this page";

/** A short text and a colour per deployment model (both from rules/model), nothing elsewhere. */
export function showBadge(tabId: number, view: TabView): Promise<void> {
  if (view.kind === "none") return badge.clear(tabId, IDLE_TITLE);
  const model = view.deploymentModel;
  const title = `${view.verdict.name}: ${model.name}. Open to see your share of its security.`;
  return badge.set(tabId, model.badge.text, model.badge.color, title);
}
