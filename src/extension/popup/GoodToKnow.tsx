import type { Jurisdiction, SourcedFact } from "../../engine/types";

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function SourceLink({ href, secondHand = false }: { href: string | undefined; secondHand?: boolean }) {
  if (href === undefined) return null;
  return (
    <>
      {" "}
      <a href={href} target="_blank" rel="noopener noreferrer" class="source">
        {secondHand ? "(source: a third party quoting the provider)" : "(source)"}
      </a>
    </>
  );
}

/** Facts from the catalog that a person should know: where data goes, notable terms and risks. */
export function GoodToKnow({ jurisdiction, facts }: { jurisdiction: Jurisdiction | null; facts: SourcedFact[] }) {
  if (jurisdiction === null && facts.length === 0) return null;
  return (
    <section id="good-to-know" class="good-to-know" aria-labelledby="good-to-know-heading">
      <h2 id="good-to-know-heading">Good to know</h2>
      <ul>
        {jurisdiction?.processing !== undefined && (
          <li>
            Where your data goes: {jurisdiction.processing}
            <SourceLink href={jurisdiction.source} />
          </li>
        )}
        {facts.map((fact) => (
          <li key={fact.text}>
            {fact.text}
            <SourceLink href={fact.source} secondHand={fact.secondHand} />
          </li>
        ))}
        {jurisdiction !== null && jurisdiction.processing === undefined && (
          <li>
            Company's home country: {countryName(jurisdiction.vendorCountry)}.
            <SourceLink href={jurisdiction.source} />
          </li>
        )}
      </ul>
    </section>
  );
}
