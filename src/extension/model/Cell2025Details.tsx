import type { DeploymentModel2025Id, Domain2025Id, GuidanceLine } from "../../engine/types";
import { CellDetailsPanel } from "./CellDetailsPanel";
import { cell2025Of, column2025Of, domain2025Of, model2025 } from "./data-2025";

function Lines({ title, lines }: { title: string; lines: GuidanceLine[] }) {
  if (lines.length === 0) return null;
  return (
    <div>
      <h4>{title}</h4>
      <ul>
        {lines.map((line) => (
          <li key={line.text} data-for={line.for}>
            {line.text}
            {line.for === "organisation" && <span class="muted"> (for IT and security)</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The chosen 2025 cell: owner, why, where the author's texts disagree, and our guidance. */
export function Cell2025Details({
  selected,
}: {
  selected: { domain: Domain2025Id; model: DeploymentModel2025Id } | null;
}) {
  if (selected === null) {
    return (
      <section id="cell-details" class="cell-details empty" aria-live="polite" aria-label="Cell guidance">
        <p class="muted empty-note">Choose a cell in the table to see who does what, and why.</p>
      </section>
    );
  }
  const cell = cell2025Of(selected.domain, selected.model);
  const domain = domain2025Of(selected.domain);
  const column = column2025Of(selected.model);
  const g = cell.guidance ?? {};
  return (
    <CellDetailsPanel cell={cell} domain={domain} modelName={column.name}>
      <p>
        <strong>Why: </strong>
        {cell.reason}
      </p>
      {cell.criticalFocus && <p>The author marks this a critical focus area for {column.name}.</p>}
      {cell.note !== undefined && (
        <p class="disagreement">
          <strong>Note: </strong>
          {cell.note}
        </p>
      )}
      {cell.owner === "provider" && (
        <>
          <p>
            <strong>The provider: </strong>
            {g.providerDoes}
          </p>
          <p>
            <strong>You still check: </strong>
            {g.youCheck}
          </p>
        </>
      )}
      <Lines title="Do" lines={g.do ?? []} />
      <Lines title="Don't" lines={g.dont ?? []} />
      <p class="muted">
        Value from the author's matrix at commit {model2025.framework.pinned.commit.slice(0, 7)} (
        {model2025.framework.pinned.tag}).
      </p>
    </CellDetailsPanel>
  );
}
