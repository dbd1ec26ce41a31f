import { model } from "./data";

/** The twelve domains in our words, with what admins and security teams set up for each. */
export function Domains() {
  return (
    <ol class="domains">
      {model.domains.map((d) => (
        <li key={d.id} id={`domain-${d.id}`} class="domain-card" data-domain={d.id}>
          <h3>{d.name}</h3>
          <p>{d.definition}</p>
          <p class="list-label">For admins and security teams</p>
          <ul class="admin">
            {d.admin.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
