import type { ServiceStatus } from "../../engine/policy/types";
import { badge } from "../shared/browser-api";
import type { TabView } from "../shared/messages";

const IDLE_TITLE = "AI Responsibility Guide: no known AI service on this page";

/**
 * Under a policy status the text stays the deployment model and the colour becomes the status
 * (white text on each passes WCAG AA); the title says both in words.
 */
export const STATUS_BADGE: Record<ServiceStatus, { color: string; label: string }> = {
  approved: { color: "#15803d", label: "approved" },
  tolerated: { color: "#a16207", label: "tolerated" },
  unapproved: { color: "#b91c1c", label: "not approved" },
  blocked: { color: "#111827", label: "blocked" },
};

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
