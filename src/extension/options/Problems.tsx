/** Problems grouped by policy key, each with the fallback that applies; long groups are paged. */
import { useState } from "preact/hooks";
import type { ProblemGroup } from "../../engine/policy/problem-groups";

const PAGE = 20;

function Group({ group }: { group: ProblemGroup }) {
  const [shown, setShown] = useState(PAGE);
  const visible = group.problems.slice(0, shown);
  const hidden = group.count - group.problems.length;
  return (
    <details class="problem-group" data-key={group.key} open={group.count <= 5}>
      <summary>
        <code>{group.key}</code>: {group.count} value{group.count === 1 ? "" : "s"} ignored
      </summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Value</th>
            <th scope="col">Why it is ignored</th>
            <th scope="col">What applies instead</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((p, i) => (
            <tr key={`${p.key}-${i}`} data-key={p.key}>
              <td>
                <code>{p.key}</code>
              </td>
              <td>
                <code>{p.value}</code>
              </td>
              <td>{p.message}</td>
              <td class="fallback">{p.fallback ?? "the extension's default for this key"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown < group.problems.length && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE * 5)}>
          Show {Math.min(PAGE * 5, group.problems.length - shown)} more
        </button>
      )}
      {hidden > 0 && shown >= group.problems.length && (
        <p class="muted">
          {hidden} more in this key are not listed; fix the ones above and check again (
          <code>npm run --silent policy:check -- --json FILE</code> lists them all).
        </p>
      )}
    </details>
  );
}

export function ProblemGroups({ groups, count, id }: { groups: ProblemGroup[]; count: number; id: string }) {
  if (count === 0) return null;
  return (
    <div class="problems" id={id}>
      <p>
        <strong>
          {count} value{count === 1 ? " is" : "s are"} ignored.
        </strong>{" "}
        Every other value applies.
      </p>
      {groups.map((g) => (
        <Group key={g.key} group={g} />
      ))}
    </div>
  );
}
