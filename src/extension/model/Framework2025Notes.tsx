import { model2025 } from "./data-2025";

/** Which commit the revision follows, where the author's texts disagree, and how services are mapped. */
export function Framework2025Notes() {
  const { framework } = model2025;
  return (
    <>
      <p>
        {framework.pinned.statement}{" "}
        <a href={framework.source} target="_blank" rel="noopener">
          The author's matrix
        </a>{" "}
        ({framework.pinned.licence} licence, read {framework.pinned.read}). Guidance in our own words.
      </p>
      <h3>Where the author's texts disagree</h3>
      <ul>
        {framework.disagreements.map((d) => (
          <li key={d.cell}>
            {d.text}{" "}
            <a href={d.source} target="_blank" rel="noopener">
              Source
            </a>
          </li>
        ))}
      </ul>
      <h3>How each service gets its 2025 column</h3>
      <p>{framework.mapping.summary}</p>
      <ul>
        {framework.mapping.byCategory.map((rule) => (
          <li key={rule.category}>
            Category <code>{rule.category}</code>: {rule.reason}
          </li>
        ))}
        {framework.mapping.byModel.map((rule) => (
          <li key={rule.from}>
            <code>{rule.from}</code> → <code>{rule.model}</code>: {rule.reason}
          </li>
        ))}
      </ul>
      <h3>Notes</h3>
      <ul>
        {framework.caveats.map((c) => (
          <li key={c.id}>{c.text}</li>
        ))}
      </ul>
    </>
  );
}
