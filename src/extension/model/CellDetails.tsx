import { CellGuidance } from "./CellGuidance";
import { type CellRef, cellOf, deploymentModelOf, domainOf } from "./data";
import { OwnerTag } from "./OwnerTag";

/** The guidance of the chosen cell. Announced politely when it changes. */
export function CellDetails({ selected }: { selected: CellRef | null }) {
  if (selected === null) {
    return (
      <section id="cell-details" class="cell-details empty" aria-live="polite" aria-label="Cell guidance">
        <p class="muted empty-note">
          Choose a cell in the table to see who does what, why, and where the value comes from.
        </p>
      </section>
    );
  }
  const cell = cellOf(selected.domain, selected.model);
  const domain = domainOf(selected.domain);
  const deploymentModel = deploymentModelOf(selected.model);
  return (
    <section
      id="cell-details"
      class="cell-details"
      aria-live="polite"
      aria-labelledby="cell-details-heading"
      data-cell={`${cell.domain}.${cell.model}`}
    >
      <h3 id="cell-details-heading">
        {domain.name} in {deploymentModel.name} <OwnerTag owner={cell.owner} />
      </h3>
      <p class="definition muted">{domain.definition}</p>
      <CellGuidance cell={cell} />
    </section>
  );
}
