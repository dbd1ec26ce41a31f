import type { ServiceStatus } from "./types";

/**
 * Under a policy status the badge text stays the deployment model and the colour becomes the
 * status (white text on each passes WCAG AA); the title says it in words.
 */
export const STATUS_BADGE: Record<ServiceStatus, { color: string; label: string }> = {
  approved: { color: "#15803d", label: "approved" },
  tolerated: { color: "#a16207", label: "tolerated" },
  unapproved: { color: "#b91c1c", label: "not approved" },
  blocked: { color: "#111827", label: "blocked" },
};
