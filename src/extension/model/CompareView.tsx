import type { DeploymentModelId } from "../../engine/types";
import { CellGuidance } from "./CellGuidance";
import { compareModels, type DomainComparison, type Shift } from "./compare";
import { cellOf, deploymentModelOf, model } from "./data";
import { OwnerTag } from "./OwnerTag";

const SHIFT_TEXT: Record<Shift, string> = {
  more: "More for you",
  less: "Less for you",
  same: "Same owner",
};

/** What the "For you" column says: where the owner stays, whether the advice still changes. */
function shiftText(row: DomainComparison): string {
  if (row.shift !== "same") return SHIFT_TEXT[row.shift];
  return row.guidanceChanged ? "Same owner, other advice" : "No change";
}

function ModelSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: DeploymentModelId;
  onChange: (value: DeploymentModelId) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as DeploymentModelId)}
      >
        {model.deploymentModels.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function summary(
  fromName: string,
  toName: string,
  same: boolean,
  changed: number,
  total: number,
  more: number,
  less: number,
): string {
  if (same) return "Pick two different deployment models to see what changes.";
  if (changed === 0) {
    return `Moving from ${fromName} to ${toName} changes no owner: the provider still runs the same parts. What changes is the risk, who controls the settings, and the advice below.`;
  }
  const parts = [more > 0 ? `${more} more yours` : "", less > 0 ? `${less} less yours` : ""].filter(Boolean);
  return `Moving from ${fromName} to ${toName} changes the owner of ${changed} of ${total} domains (${parts.join(", ")}).`;
}

/** Two deployment models side by side: which domains change owner, and the guidance that changes. */
export function CompareView({
  from,
  to,
  onChange,
}: {
  from: DeploymentModelId;
  to: DeploymentModelId;
  onChange: (from: DeploymentModelId, to: DeploymentModelId) => void;
}) {
  const rows = compareModels(from, to);
  const changed = rows.filter((r) => r.from !== r.to);
  const fromName = deploymentModelOf(from).name;
  const toName = deploymentModelOf(to).name;
  const more = changed.filter((r) => r.shift === "more").length;
  const less = changed.filter((r) => r.shift === "less").length;
  const advice = rows.filter((r) => r.from !== r.to || r.guidanceChanged);
  return (
    <div class="compare" data-from={from} data-to={to}>
      <div class="compare-controls">
        <ModelSelect id="compare-from" label="Moving from" value={from} onChange={(v) => onChange(v, to)} />
        <button
          type="button"
          class="swap"
          onClick={() => onChange(to, from)}
          aria-label={`Swap: compare ${toName} with ${fromName}`}
        >
          ⇄ Swap
        </button>
        <ModelSelect id="compare-to" label="Moving to" value={to} onChange={(v) => onChange(from, v)} />
      </div>
      <p class="compare-summary" aria-live="polite">
        {summary(fromName, toName, from === to, changed.length, rows.length, more, less)}
      </p>
      <table class="compare-table">
        <caption class="visually-hidden">
          Owner per domain in {fromName} and {toName}
        </caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">{fromName}</th>
            <th scope="col">{toName}</th>
            <th scope="col">For you</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.domain}
              data-domain={r.domain}
              data-changed={r.from !== r.to ? "true" : "false"}
              class={r.from !== r.to ? "changed" : undefined}
            >
              <th scope="row">{r.name}</th>
              <td class="from">
                <OwnerTag owner={r.from} />
              </td>
              <td class="to">
                <OwnerTag owner={r.to} />
              </td>
              <td class={`shift shift-${r.shift}`}>
                {r.shift === "more" ? "▲ " : r.shift === "less" ? "▼ " : ""}
                {shiftText(r)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {from !== to && (
        <div class="side-by-side risk-shift">
          {[deploymentModelOf(from), deploymentModelOf(to)].map((m) => (
            <div key={m.id} class="side" data-model={m.id}>
              <p class="side-label">{m.name}</p>
              <p>
                <strong>Risk: </strong>
                {m.riskProfile}
              </p>
              <p>
                <strong>Who controls what: </strong>
                {m.controlShift}
              </p>
            </div>
          ))}
        </div>
      )}
      {advice.length > 0 && (
        <>
          <h3>What changes, domain by domain</h3>
          <ul class="changes">
            {advice.map((r) => (
              <li key={r.domain} class="change" data-domain={r.domain}>
                <h4>
                  {r.name}:{" "}
                  {r.from === r.to ? (
                    <>
                      <OwnerTag owner={r.from} /> in both, with other advice
                    </>
                  ) : (
                    <>
                      <OwnerTag owner={r.from} /> → <OwnerTag owner={r.to} />
                    </>
                  )}
                </h4>
                <div class="side-by-side">
                  <div class="side from">
                    <p class="side-label">{fromName}</p>
                    <CellGuidance cell={cellOf(r.domain, from)} />
                  </div>
                  <div class="side to">
                    <p class="side-label">{toName}</p>
                    <CellGuidance cell={cellOf(r.domain, to)} />
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
