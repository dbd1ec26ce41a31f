import { CellDetailsPanel } from "./CellDetailsPanel";
import { CellGuidance } from "./CellGuidance";
import { type CellRef, cellOf, deploymentModelOf, domainOf } from "./data";

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
    <CellDetailsPanel cell={cell} domain={domain} modelName={deploymentModel.name}>
      <CellGuidance cell={cell} />
    </CellDetailsPanel>
  );
}
