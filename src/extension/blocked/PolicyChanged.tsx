import { goBack } from "./go-back";

/** The block or justify page opened after the policy stopped asking for it: one way out. */
export function PolicyChanged({ state, title }: { state: string; title: string }) {
  return (
    <main data-state={state}>
      <h1>{title}</h1>
      <p>Your organisation's policy changed. Go back and open the service again.</p>
      <p class="actions">
        <button type="button" id="go-back" onClick={goBack}>
          Go back
        </button>
      </p>
    </main>
  );
}
