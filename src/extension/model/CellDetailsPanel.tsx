import type { ComponentChildren } from "preact";
import type { CellOwner } from "../../engine/types";
import { OwnerTag } from "./OwnerTag";

/**
 * The chosen cell's panel beside the matrix, the same in both framework versions: "domain in
 * model" with the owner as a heading, the domain's definition, then the version's own guidance.
 * Announced politely when it changes.
 */
export function CellDetailsPanel({
  cell,
  domain,
  modelName,
  children,
}: {
  cell: { domain: string; model: string; owner: CellOwner };
  domain: { name: string; definition: string };
  modelName: string;
  children: ComponentChildren;
}) {
  return (
    <section
      id="cell-details"
      class="cell-details"
      aria-live="polite"
      aria-labelledby="cell-details-heading"
      data-cell={`${cell.domain}.${cell.model}`}
    >
      <h3 id="cell-details-heading">
        {domain.name} in {modelName} <OwnerTag owner={cell.owner} />
      </h3>
      <p class="definition muted">{domain.definition}</p>
      {children}
    </section>
  );
}
