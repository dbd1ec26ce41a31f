/** `statusMessages`: the organisation's plain meaning of each status, shown under the status. */
import { checkText, isRecord, kindOf, summarise } from "./text-checks";
import { type PolicyProblem, SERVICE_STATUSES, type ServiceStatus } from "./types";

const MAX_MESSAGE = 200;

/** What each status means when the policy does not say; "tolerated" is the one people ask about. */
export const DEFAULT_STATUS_MESSAGES: Record<ServiceStatus, string> = {
  approved: "You may use it for work, within your organisation's AI rules.",
  tolerated: "Allowed for public information only: nothing confidential, personal or internal.",
  unapproved: "Not approved for work: put no company, customer or personal data into it.",
  blocked: "Blocked for work use on this browser.",
};

export function checkStatusMessages(
  value: unknown,
  problems: PolicyProblem[],
): Partial<Record<ServiceStatus, string>> | undefined {
  if (!isRecord(value)) {
    problems.push({
      key: "statusMessages",
      value: summarise(value),
      message: `must be an object keyed by status (${SERVICE_STATUSES.join(", ")}), not ${kindOf(value)}`,
      fallback: "each status keeps its built-in meaning",
    });
    return undefined;
  }
  const result: Partial<Record<ServiceStatus, string>> = {};
  for (const [status, entry] of Object.entries(value)) {
    const key = `statusMessages.${status.slice(0, 40)}`;
    if (!(SERVICE_STATUSES as readonly string[]).includes(status)) {
      problems.push({
        key,
        value: summarise(entry),
        message: `is not a status: use one of ${SERVICE_STATUSES.join(", ")}`,
        fallback: "ignored",
      });
      continue;
    }
    const checked = checkText(entry, MAX_MESSAGE);
    if (checked.ok) result[status as ServiceStatus] = checked.value;
    else
      problems.push({
        key,
        value: summarise(entry),
        message: checked.message,
        fallback: `the built-in meaning: "${DEFAULT_STATUS_MESSAGES[status as ServiceStatus]}"`,
      });
  }
  return result;
}

export function statusMessage(messages: Partial<Record<ServiceStatus, string>> | undefined, status: ServiceStatus) {
  return messages?.[status] ?? DEFAULT_STATUS_MESSAGES[status];
}
