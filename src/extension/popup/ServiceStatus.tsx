import type { ServiceStatus as Status } from "../../engine/policy/types";

const STATUS_TEXT: Record<Status, string> = {
  approved: "Approved by your organisation",
  tolerated: "Tolerated by your organisation",
  unapproved: "Not approved by your organisation",
  blocked: "Blocked by your organisation",
};

export interface StatusProps {
  status: Status;
  message: string | null;
  alternative: string | null;
  alternativeUrl: string | null;
  orgName: string | null;
  /** The plan comes from the policy (a workspace), so approval holds only inside that workspace. */
  planFromPolicy: boolean;
  workspacePinned: boolean;
}

function headline(props: StatusProps): string {
  if (props.status !== "approved" || !props.planFromPolicy) return STATUS_TEXT[props.status];
  const org = props.orgName ?? "your organisation";
  if (props.workspacePinned) return `Approved: ${org}'s workspace is enforced on this browser`;
  return `Approved when you are signed in to ${org}'s workspace`;
}

export function ServiceStatus(props: StatusProps) {
  const { status, alternative, alternativeUrl } = props;
  const showAlternative = alternative !== null && status !== "approved";
  return (
    <section class={`status status-${status}`} aria-label="Your organisation's status for this service">
      <p id="service-status" data-status={status}>
        {headline(props)}
      </p>
      {props.message !== null && <p id="status-meaning">{props.message}</p>}
      {showAlternative && (
        <p id="service-alternative">
          <strong>Instead: </strong>
          {alternativeUrl === null ? (
            alternative
          ) : (
            <a href={alternativeUrl} target="_blank" rel="noopener noreferrer">
              {alternative}
            </a>
          )}
        </p>
      )}
    </section>
  );
}
