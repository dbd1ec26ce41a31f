import { OWNER_LETTER, OWNER_NAME, OWNERS } from "./owner";

const MEANING = {
  provider: "the provider secures it; you still check one thing",
  shared: "both sides have work to do",
  customer: "your organisation secures it",
} as const;

export function Legend() {
  return (
    <ul class="legend" aria-label="Key">
      {OWNERS.map((owner) => (
        <li key={owner}>
          <span class={`swatch owner-${owner}`} aria-hidden="true">
            {OWNER_LETTER[owner]}
          </span>
          <span>
            <strong>{OWNER_NAME[owner]}</strong>: {MEANING[owner]}
          </span>
        </li>
      ))}
    </ul>
  );
}
