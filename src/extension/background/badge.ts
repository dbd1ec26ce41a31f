import { STATUS_BADGE } from "../../engine/policy/status-badge";
import { badge } from "../shared/browser-api";
import type { TabView } from "../shared/messages";

const IDLE_TITLE = "AI Responsibility Guide: no known AI service on this page";

/** A short text and a colour per deployment model (both from rules/model), nothing elsewhere. */
export function showBadge(tabId: number, view: TabView): Promise<void> {
  if (view.kind === "none") return badge.clear(tabId, IDLE_TITLE);
  const model = view.deploymentModel;
  if (view.status === null) {
    const title = `${view.verdict.name}: ${model.name}. Open to see your share of its security.`;
    return badge.set(tabId, model.badge.text, model.badge.color, title);
  }
  const status = STATUS_BADGE[view.status];
  const org = view.organisation?.name ?? "your organisation";
  const instead = view.alternative === null ? "" : ` ${view.alternative}`;
  const title = `${view.verdict.name}: ${model.name}, ${status.label} by ${org}.${instead}`;
  return badge.set(tabId, model.badge.text, status.color, title);
}
