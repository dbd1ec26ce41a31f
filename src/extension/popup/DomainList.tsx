import { dontSentence } from "../../engine/key-actions";
import type { DomainGuidance } from "../../engine/policy/types";
import type { Responsibility, ResponsibilityLine } from "../../engine/responsibilities";
import type { Domain2025Id } from "../../engine/types";
import { PROVENANCE_LABEL } from "../shared/labels";
import { OrgGuidance } from "./OrgGuidance";
import { OwnerTag } from "./OwnerTag";

export interface OrgLines {
  extraGuidance: Partial<Record<Domain2025Id, DomainGuidance>>;
  orgName: string;
}

const forYou = (lines: ResponsibilityLine[]) => lines.filter((line) => line.for === "you");
const forIt = (lines: ResponsibilityLine[]) => lines.filter((line) => line.for === "organisation");

function Lines({ label, kind, lines }: { label: string; kind: "do" | "dont"; lines: ResponsibilityLine[] }) {
  if (lines.length === 0) return null;
  return (
    <>
      <p class="list-label">{label}</p>
      <ul class={kind}>
        {lines.map((line) => (
          <li key={line.text}>{line.text}</li>
        ))}
      </ul>
    </>
  );
}

/** What the organisation's IT and security team does here: the matrix's lines for it, then domains.json's. */
function ItPart({ item }: { item: Responsibility }) {
  const lines = [
    ...forIt(item.do).map((line) => line.text),
    ...forIt(item.dont).map((line) => dontSentence(line.text)),
    ...item.admin,
  ];
  return (
    <details class="it-part">
      <summary>What your IT and security team does</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="muted">
        Why: {item.reason} (Source: {PROVENANCE_LABEL[item.provenance]}.)
      </p>
    </details>
  );
}

function DomainCard({ item, org }: { item: Responsibility; org: OrgLines }) {
  const headingId = `domain-${item.domain}`;
  const doLines = forYou(item.do);
  const dontLines = forYou(item.dont);
  const provider = item.owner === "provider";
  return (
    <li class="domain" data-domain={item.domain} data-owner={item.owner} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {item.name} <OwnerTag owner={item.owner} />
      </h3>
      {provider && item.providerDoes !== undefined && <p class="provider-does">The provider: {item.providerDoes}</p>}
      <Lines label={provider ? "You still" : "Do"} kind="do" lines={doLines} />
      <Lines label="Don't" kind="dont" lines={dontLines} />
      {doLines.length + dontLines.length === 0 && (
        <p class="muted nothing-for-you">Nothing for you to do here: your IT and security team handles it.</p>
      )}
      <OrgGuidance guidance={org.extraGuidance[item.domain]} orgName={org.orgName} />
      <ItPart item={item} />
    </li>
  );
}

/** Every domain, the person's lines first; the organisation's share folded under each. */
export function DomainList({ responsibilities, org }: { responsibilities: Responsibility[]; org: OrgLines }) {
  // Framework 2025 marks some domains not applicable: the footer names them, the list leaves them out.
  const applicable = responsibilities.filter((r) => r.owner !== "not-applicable");
  const mine = applicable.filter((r) => r.owner !== "provider").length;
  const ordered = [
    ...applicable.filter((r) => r.owner !== "provider"),
    ...applicable.filter((r) => r.owner === "provider"),
  ];
  return (
    <details id="your-part" class="section your-part">
      <summary>
        <h2>Your part, area by area</h2>
        <span class="muted">
          {" "}
          (you have a part in {mine} of {applicable.length})
        </span>
      </summary>
      <ul class="domains">
        {ordered.map((item) => (
          <DomainCard key={item.domain} item={item} org={org} />
        ))}
      </ul>
    </details>
  );
}
