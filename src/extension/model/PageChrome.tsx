/** The parts every version of the model page shares: the print button and the table of contents. */
export function PrintButton() {
  return (
    <button type="button" class="print-button" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}

export function Toc({ sections }: { sections: readonly (readonly [string, string])[] }) {
  return (
    <nav class="toc" aria-label="On this page">
      <ul>
        {sections.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
