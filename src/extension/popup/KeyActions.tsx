/** The three lines that matter most for the person at the keyboard (chosen by the engine from the data). */
export function KeyActions({ actions }: { actions: string[] }) {
  if (actions.length === 0) return null;
  return (
    <section id="key-actions" class="key-actions" aria-labelledby="key-actions-heading">
      <h2 id="key-actions-heading">Before you use it</h2>
      <ol>
        {actions.map((action) => (
          <li key={action}>{action}</li>
        ))}
      </ol>
    </section>
  );
}
