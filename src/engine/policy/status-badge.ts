import type { DeploymentModel } from "../types";
import type { ServiceStatus } from "./types";

/**
 * One meaning per colour. With a policy status the badge shows the organisation's verdict as a
 * plain word on its own colour (white text on each passes WCAG AA); without one it shows "AI" on
 * the deployment model's calm colour (rules/model/deployment-models.json), which is never red,
 * amber or green, so it cannot be read as a verdict.
 */
export const STATUS_BADGE: Record<ServiceStatus, { color: string; text: string; label: string }> = {
  approved: { color: "#15803d", text: "OK", label: "approved" },
  tolerated: { color: "#a16207", text: "CARE", label: "tolerated" },
  unapproved: { color: "#b91c1c", text: "NO", label: "not approved" },
  blocked: { color: "#111827", text: "STOP", label: "blocked" },
};

/** What the toolbar badge shows; the popup's chip shows the same, so the two always match. */
export function badgeLook(
  model: Pick<DeploymentModel, "badge">,
  status: ServiceStatus | null,
): { text: string; color: string } {
  if (status === null) return { text: model.badge.text, color: model.badge.color };
  const look = STATUS_BADGE[status];
  return { text: look.text, color: look.color };
}
