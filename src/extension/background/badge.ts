import { badgeLook, STATUS_BADGE } from "../../engine/policy/status-badge";
import { badge } from "../shared/browser-api";
import type { TabView } from "../shared/messages";

const IDLE_TITLE = "AI Responsibility Guide: no AI service recognised on this page";

/** The badge's hover title: one plain sentence, then what a click gives. */
export function badgeTitle(view: Extract<TabView, { kind: "service" }>): string {
  const name = view.verdict.name;
  const model = view.deploymentModel.name;
  if (view.status === null) {
    return `${name} is an AI service (${model}). Click to see what to do before you use it.`;
  }
  const org = view.organisation?.name ?? "your organisation";
  const instead = view.alternative === null ? "" : ` Instead: ${view.alternative.replace(/[.!]+$/, "")}.`;
  return `${name} is ${STATUS_BADGE[view.status].label} by ${org}.${instead} Click for what to do.`;
}

/** The badge shows the organisation's status when its policy sets one, otherwise "AI" on the model's colour. */
export function showBadge(tabId: number, view: TabView): Promise<void> {
  if (view.kind === "none") return badge.clear(tabId, IDLE_TITLE);
  const look = badgeLook(view.deploymentModel, view.status);
  return badge.set(tabId, look.text, look.color, badgeTitle(view));
}
