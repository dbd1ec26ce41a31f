import type { Provenance } from "../../engine/types";
import { PROVENANCE_LABEL } from "../shared/labels";
import { model } from "./data";

const PROVENANCES: Provenance[] = ["seed-text", "author-2025", "inferred"];

/** Attribution, the framework's caveats, and what it leaves out. */
export function FrameworkNotes() {
  const { framework } = model;
  return (
    <>
      <p class="attribution">
        This page teaches <cite>{framework.title}</cite> by {framework.author} (
        <a href={framework.source} target="_blank" rel="noopener noreferrer">
          original article
        </a>
        {framework.revisionSource !== undefined && (
          <>
            {", "}
            <a href={framework.revisionSource} target="_blank" rel="noopener noreferrer">
              the author's revised matrix
            </a>
          </>
        )}
        ). The definitions and guidance are written in our own words. Each cell names its source:
      </p>
      <ul class="provenance-list">
        {PROVENANCES.map((p) => (
          <li key={p}>
            <strong>
              {model.cells.filter((c) => c.provenance === p).length} of {model.cells.length} cells
            </strong>{" "}
            follow {PROVENANCE_LABEL[p]}
          </li>
        ))}
      </ul>
      <h3>Caveats</h3>
      <ul class="caveats">
        {framework.caveats.map((c) => (
          <li key={c.id} data-caveat={c.id}>
            {c.text}
          </li>
        ))}
      </ul>
      <h3>What the model leaves out</h3>
      <dl class="not-covered">
        {framework.notCovered.map((n) => (
          <div key={n.topic}>
            <dt>{n.topic}</dt>
            <dd>{n.text}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
