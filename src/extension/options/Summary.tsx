/** What users will experience, in plain words: per status and action, and for unlisted services. */
import { actionFor } from "../../engine/policy/apply";
import type { ManagedPolicy } from "../../engine/policy/types";
import { SERVICE_STATUSES, type ServiceStatus } from "../../engine/policy/types";
import type { CatalogRow } from "../shared/messages";

const ACTION_WORDS = {
  badge: "the toolbar badge shows the status; nothing else happens",
  notice: "a notice on the page says so; users can dismiss it and carry on",
  justify: "before the page loads, users are asked why they need it; with a reason they may use it for a while",
  block: "the browser stops the page before anything is sent and shows the block page",
} as const;

const STATUS_WORDS: Record<ServiceStatus, string> = {
  approved: "Approved",
  tolerated: "Tolerated",
  unapproved: "Not approved",
  blocked: "Blocked",
};

export function Summary({ policy, catalog }: { policy: ManagedPolicy; catalog: CatalogRow[] }) {
  const listed = policy.serviceStatuses ?? {};
  const byStatus = (status: ServiceStatus) => Object.keys(listed).filter((id) => listed[id] === status);
  const unlisted = policy.defaultStatus;
  const unpinnedApproved = catalog.filter((row) => row.pinnable && row.status === "approved" && !row.pinned);
  return (
    <section aria-labelledby="summary-heading" id="summary">
      <h2 id="summary-heading">What users experience</h2>
      <ul>
        {SERVICE_STATUSES.map((status) => {
          const ids = byStatus(status);
          if (ids.length === 0) return null;
          const action = actionFor(policy, status);
          return (
            <li key={status} data-status={status}>
              <strong>
                {STATUS_WORDS[status]} ({ids.length}):
              </strong>{" "}
              {ids.slice(0, 8).join(", ")}
              {ids.length > 8 ? ` and ${ids.length - 8} more` : ""}: {ACTION_WORDS[action]}.
            </li>
          );
        })}
        <li data-status="unlisted">
          <strong>Services the policy does not list:</strong>{" "}
          {unlisted === undefined
            ? "the badge shows their deployment model; no status, nothing enforced."
            : `${STATUS_WORDS[unlisted].toLowerCase()}: ${ACTION_WORDS[actionFor(policy, unlisted)]}.`}
        </li>
      </ul>
      {unpinnedApproved.length > 0 && (
        <p id="recommend-pinning" class="recommend">
          <strong>Recommended:</strong> {unpinnedApproved.map((r) => r.name).join(", ")}{" "}
          {unpinnedApproved.length === 1 ? "is" : "are"} approved, but the approval depends on the plan: a personal
          account on the same site is not covered. Pin the organisation's workspace with <code>tenantRestrictions</code>{" "}
          so this browser can only sign in to it.
        </p>
      )}
    </section>
  );
}
