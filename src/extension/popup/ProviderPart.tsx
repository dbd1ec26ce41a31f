import type { Responsibility } from "../../engine/responsibilities";
import { OrgGuidance } from "./OrgGuidance";
import { OwnerTag } from "./OwnerTag";
import type { OrgLines } from "./UserPart";

export function ProviderPart({
  responsibilities,
  org,
  total = 12,
}: {
  responsibilities: Responsibility[];
  org: OrgLines;
  total?: number;
}) {
  if (responsibilities.length === 0) return null;
  return (
    <details class="provider-part">
      <summary>
        <h2>
          The provider's part ({responsibilities.length} of {total} domains)
        </h2>
      </summary>
      <ul class="domains">
        {responsibilities.map((item) => (
          <li key={item.domain} class="domain" data-domain={item.domain} data-owner={item.owner}>
            <h3>
              {item.name} <OwnerTag owner={item.owner} />
            </h3>
            {item.providerDoes && <p>{item.providerDoes}</p>}
            {item.do.map((line) => (
              <p key={line}>
                <strong>Still check: </strong>
                {line}
              </p>
            ))}
            <OrgGuidance guidance={org.extraGuidance[item.domain]} orgName={org.orgName} />
          </li>
        ))}
      </ul>
    </details>
  );
}
