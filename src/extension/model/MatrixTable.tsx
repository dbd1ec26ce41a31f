import { useRef, useState } from "preact/hooks";
import type { CellOwner, DeploymentModelId, DomainId } from "../../engine/types";
import { cellOf, model } from "./data";
import { OWNER_LETTER, OWNER_NAME } from "./owner";

const KEY_MOVES: Record<string, (r: number, c: number, rows: number, cols: number, ctrl: boolean) => [number, number]> =
  {
    ArrowUp: (r, c) => [Math.max(0, r - 1), c],
    ArrowDown: (r, c, rows) => [Math.min(rows - 1, r + 1), c],
    ArrowLeft: (r, c) => [r, Math.max(0, c - 1)],
    ArrowRight: (r, c, _rows, cols) => [r, Math.min(cols - 1, c + 1)],
    Home: (r, _c, _rows, _cols, ctrl) => [ctrl ? 0 : r, 0],
    End: (r, _c, rows, cols, ctrl) => [ctrl ? rows - 1 : r, cols - 1],
  };

/** What the table shows: the 2024 model by default, or another framework version's. */
export interface MatrixSource<D extends string, M extends string> {
  domains: readonly { id: D; name: string }[];
  models: readonly { id: M; name: string }[];
  ownerOf(domain: D, model: M): CellOwner;
}

const SOURCE_2024: MatrixSource<DomainId, DeploymentModelId> = {
  domains: model.domains,
  models: model.deploymentModels,
  ownerOf: (domain, deploymentModel) => cellOf(domain, deploymentModel).owner,
};

/**
 * The whole matrix: rows are domains, columns deployment models, each cell a button showing the
 * owner's letter and colour. One cell is in the tab order at a time; arrow keys move between cells.
 */
export function MatrixTable<D extends string = DomainId, M extends string = DeploymentModelId>({
  current,
  selected,
  onSelect,
  source = SOURCE_2024 as unknown as MatrixSource<D, M>,
}: {
  current: M | null;
  selected: { domain: D; model: M } | null;
  onSelect: (ref: { domain: D; model: M }) => void;
  source?: MatrixSource<D, M>;
}) {
  const { domains, models } = source;
  const startRow = selected ? domains.findIndex((d) => d.id === selected.domain) : 0;
  const startCol = selected
    ? models.findIndex((m) => m.id === selected.model)
    : Math.max(
        0,
        models.findIndex((m) => m.id === current),
      );
  const [focus, setFocus] = useState<[number, number]>([Math.max(0, startRow), Math.max(0, startCol)]);
  const tableRef = useRef<HTMLTableElement>(null);

  const onKeyDown = (event: KeyboardEvent, r: number, c: number) => {
    const move = KEY_MOVES[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const [nr, nc] = move(r, c, domains.length, models.length, event.ctrlKey);
    setFocus([nr, nc]);
    tableRef.current?.querySelector<HTMLButtonElement>(`button[data-row="${nr}"][data-col="${nc}"]`)?.focus();
  };

  const yourPart = (id: M) =>
    domains.filter((d) => !["provider", "not-applicable"].includes(source.ownerOf(d.id, id))).length;

  return (
    <div class="matrix-wrap">
      <table class="matrix" ref={tableRef} aria-describedby="matrix-help">
        <caption>Who secures each domain, per deployment model</caption>
        <thead>
          <tr>
            <th scope="col" class="corner">
              Security domain
            </th>
            {models.map((m) => (
              <th
                key={m.id}
                scope="col"
                data-model={m.id}
                data-current={m.id === current ? "true" : undefined}
                class={m.id === current ? "current" : undefined}
              >
                <span class="col-name">{m.name}</span>
                {m.id === current && <span class="current-tag">Current</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {domains.map((d, r) => (
            <tr key={d.id} data-domain={d.id}>
              <th scope="row">{d.name}</th>
              {models.map((m, c) => {
                const owner = source.ownerOf(d.id, m.id);
                const isSelected = selected?.domain === d.id && selected.model === m.id;
                const isCurrent = m.id === current;
                return (
                  <td
                    key={m.id}
                    data-model={m.id}
                    data-current={isCurrent ? "true" : undefined}
                    class={isCurrent ? "current" : undefined}
                  >
                    <button
                      type="button"
                      class={`cell owner-${owner}`}
                      data-domain={d.id}
                      data-model={m.id}
                      data-owner={owner}
                      data-row={r}
                      data-col={c}
                      tabIndex={focus[0] === r && focus[1] === c ? 0 : -1}
                      aria-label={`${d.name}, ${m.name}: ${OWNER_NAME[owner]}`}
                      aria-current={isSelected ? "true" : undefined}
                      aria-controls="cell-details"
                      onClick={() => {
                        setFocus([r, c]);
                        onSelect({ domain: d.id, model: m.id });
                      }}
                      onFocus={() => setFocus([r, c])}
                      onKeyDown={(event) => onKeyDown(event, r, c)}
                    >
                      <span aria-hidden="true">{OWNER_LETTER[owner]}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Domains with customer work</th>
            {models.map((m) => (
              <td
                key={m.id}
                data-model={m.id}
                data-current={m.id === current ? "true" : undefined}
                class={m.id === current ? "count current" : "count"}
              >
                {yourPart(m.id)} of {domains.length}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <p id="matrix-help" class="muted help">
        Choose a cell to read its guidance. In the table, arrow keys move between cells; Enter or Space opens one.
      </p>
    </div>
  );
}
