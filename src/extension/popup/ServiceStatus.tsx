import type { ServiceStatus as Status } from "../../engine/policy/types";

const STATUS_TEXT: Record<Status, string> = {
  approved: "Approved by your organisation",
  tolerated: "Tolerated by your organisation: use with care",
  unapproved: "Not approved by your organisation",
  blocked: "Blocked by your organisation",
};

export function ServiceStatus({ status, alternative }: { status: Status; alternative: string | null }) {
  const showAlternative =
    alternative !== null && (status === "unapproved" || status === "blocked" || status === "tolerated");
  return (
    <section class={`status status-${status}`} aria-label="Your organisation's status for this service">
      <p id="service-status" data-status={status}>
        {STATUS_TEXT[status]}
      </p>
      {showAlternative && (
        <p id="service-alternative">
          <strong>Instead: </strong>
          {alternative}
        </p>
      )}
    </section>
  );
}
