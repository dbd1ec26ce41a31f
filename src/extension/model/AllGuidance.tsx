import type { DeploymentModelId } from "../../engine/types";
import { CellGuidance } from "./CellGuidance";
import { Disclosure } from "./Disclosure";
import { cellOf, model } from "./data";
import { OwnerTag } from "./OwnerTag";

/** Every cell's guidance, one closable section per deployment model; print opens them all. */
export function AllGuidance({ current }: { current: DeploymentModelId | null }) {
  return (
    <div class="all-guidance">
      {model.deploymentModels.map((m) => (
        <section key={m.id} class="model-guidance" data-model={m.id} aria-label={`Guidance for ${m.name}`}>
          <Disclosure id={`guidance-${m.id}`} title={m.name} open={m.id === current}>
            <ul class="cell-list">
              {model.domains.map((d) => {
                const cell = cellOf(d.id, m.id);
                return (
                  <li key={d.id} class="cell-entry">
                    <h4>
                      {d.name} <OwnerTag owner={cell.owner} />
                    </h4>
                    <CellGuidance cell={cell} />
                  </li>
                );
              })}
            </ul>
          </Disclosure>
        </section>
      ))}
    </div>
  );
}
