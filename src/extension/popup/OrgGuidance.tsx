import type { DomainGuidance } from "../../engine/policy/types";

/** The organisation's own Do / Don't lines for one domain, with visible labels like the built-in ones. */
export function OrgGuidance({ guidance, orgName }: { guidance: DomainGuidance | undefined; orgName: string }) {
  if (guidance === undefined) return null;
  return (
    <div class="org-guidance">
      <p class="list-label">{orgName} says</p>
      {guidance.do.length > 0 && (
        <ul class="org-do">
          {guidance.do.map((line) => (
            <li key={line}>
              <strong>Do: </strong>
              {line}
            </li>
          ))}
        </ul>
      )}
      {guidance.dont.length > 0 && (
        <ul class="org-dont">
          {guidance.dont.map((line) => (
            <li key={line}>
              <strong>Don't: </strong>
              {line}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
