import type { DomainGuidance } from "../../engine/policy/types";
import type { Responsibility } from "../../engine/responsibilities";
import type { Domain2025Id } from "../../engine/types";
import { PROVENANCE_LABEL } from "../shared/labels";
import { OrgGuidance } from "./OrgGuidance";
import { OwnerTag } from "./OwnerTag";

export interface OrgLines {
  extraGuidance: Partial<Record<Domain2025Id, DomainGuidance>>;
  orgName: string;
}

function DomainCard({ item, org }: { item: Responsibility; org: OrgLines }) {
  const headingId = `domain-${item.domain}`;
  return (
    <li class="domain" data-domain={item.domain} data-owner={item.owner} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {item.name} <OwnerTag owner={item.owner} />
      </h3>
      <p class="list-label">Do</p>
      <ul class="do">
        {item.do.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="list-label">Don't</p>
      <ul class="dont">
        {item.dont.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <OrgGuidance guidance={org.extraGuidance[item.domain]} orgName={org.orgName} />
      <details class="why">
        <summary>Why is this {item.owner === "shared" ? "shared" : "yours"}?</summary>
        <p>{item.reason}</p>
        <p class="muted">Source: {PROVENANCE_LABEL[item.provenance]}.</p>
      </details>
    </li>
  );
}

export function UserPart({
  responsibilities,
  org,
  total = 12,
}: {
  responsibilities: Responsibility[];
  org: OrgLines;
  total?: number;
}) {
  return (
    <section class="user-part" aria-labelledby="user-part-heading">
      <h2 id="user-part-heading">
        Your part ({responsibilities.length} of {total} domains)
      </h2>
      <ul class="domains">
        {responsibilities.map((item) => (
          <DomainCard key={item.domain} item={item} org={org} />
        ))}
      </ul>
    </section>
  );
}
