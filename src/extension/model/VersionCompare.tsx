import { useState } from "preact/hooks";
import { type DeploymentModelId, DOMAINS, NEW_DOMAINS_2025 } from "../../engine/types";
import { cellOf, model } from "./data";
import { cell2025Of, column2025For, column2025Of, domain2025Of } from "./data-2025";
import { OwnerTag } from "./OwnerTag";

/**
 * One 2024 column beside the 2025 column it becomes (public SaaS -> SaaS AI), domain by domain,
 * with the four new domains below. Agents, embedded AI and MCP systems have no 2024 column.
 */
export function VersionCompare({ initial }: { initial: DeploymentModelId }) {
  const [from, setFrom] = useState<DeploymentModelId>(initial);
  const mapping = column2025For(from);
  const to = column2025Of(mapping.model);
  const fromName = model.deploymentModels.find((m) => m.id === from)?.name ?? from;
  return (
    <div class="version-compare">
      <label>
        2024 deployment model{" "}
        <select
          value={from}
          onChange={(e) => setFrom((e.currentTarget as HTMLSelectElement).value as DeploymentModelId)}
        >
          {model.deploymentModels.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      <p>
        In the 2025 revision, <strong>{fromName}</strong> becomes <strong>{to.name}</strong>. {mapping.reason}
      </p>
      <table class="compare-table" data-from={from} data-to={to.id}>
        <caption class="visually-hidden">
          {fromName} (2024) against {to.name} (2025), per security domain
        </caption>
        <thead>
          <tr>
            <th scope="col">Security domain</th>
            <th scope="col">2024: {fromName}</th>
            <th scope="col">2025: {to.name}</th>
          </tr>
        </thead>
        <tbody>
          {DOMAINS.map((domain) => {
            const before = cellOf(domain, from).owner;
            const after = cell2025Of(domain, to.id).owner;
            return (
              <tr key={domain} data-domain={domain} data-changed={before !== after ? "true" : undefined}>
                <th scope="row">{domain2025Of(domain).name}</th>
                <td>
                  <OwnerTag owner={before} />
                </td>
                <td>
                  <OwnerTag owner={after} />
                  {before !== after && <span class="muted"> changed</span>}
                </td>
              </tr>
            );
          })}
          {NEW_DOMAINS_2025.map((domain) => (
            <tr key={domain} data-domain={domain}>
              <th scope="row">{domain2025Of(domain).name}</th>
              <td class="muted">not in 2024</td>
              <td>
                <OwnerTag owner={cell2025Of(domain, to.id).owner} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
