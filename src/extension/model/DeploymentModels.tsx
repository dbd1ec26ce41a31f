import type { DeploymentModelId } from "../../engine/types";
import { model } from "./data";
import { RISK_LABEL } from "./owner";

/** The eight deployment models with examples, risk profile and what changes next to them. */
export function DeploymentModels({ current }: { current: DeploymentModelId | null }) {
  return (
    <ol class="models">
      {model.deploymentModels.map((m) => (
        <li
          key={m.id}
          id={`model-${m.id}`}
          class={m.id === current ? "model-card current" : "model-card"}
          data-model={m.id}
        >
          <h3 id={`model-${m.id}-name`}>
            <span class="model-badge" style={`--badge: ${m.badge.color}`} aria-hidden="true">
              {m.badge.text}
            </span>{" "}
            {m.name}
            {m.id === current && <span class="current-tag">Current</span>}
          </h3>
          <p>{m.summary}</p>
          <p class="examples">
            <strong>Examples: </strong>
            {m.examples.join("; ")}
          </p>
          <p>
            <strong>Risk: {RISK_LABEL[m.risk]}. </strong>
            {m.riskProfile}
          </p>
          <p class="muted">{m.controlShift}</p>
        </li>
      ))}
    </ol>
  );
}
