/**
 * The justify interstitial: the organisation does not approve this service, but lets people use it
 * for a while once they say why. The reason stays on this device (the user sees it here); nothing
 * is sent anywhere.
 */
import { useEffect, useState } from "preact/hooks";
import { goBack } from "../blocked/go-back";
import { PolicyChanged } from "../blocked/PolicyChanged";
import { type JustifyView, send } from "../shared/messages";

type State = { status: "loading" } | { status: "ready"; view: JustifyView | null };

const time = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

export function Justify() {
  const serviceId = new URLSearchParams(location.search).get("service") ?? "";
  const [state, setState] = useState<State>({ status: "loading" });
  const [reason, setReason] = useState("");
  const [detail, setDetail] = useState("");
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void send("justify-view", { serviceId })
      .then((view) => setState({ status: "ready", view }))
      .catch(() => setState({ status: "ready", view: null }));
  }, [serviceId]);
  if (state.status === "loading") return <main aria-busy="true">Loading…</main>;
  const view = state.view;
  if (view === null) {
    return <PolicyChanged state="not-asked" title="No reason is needed any more" />;
  }
  const org = view.organisationName ?? "Your organisation";
  const submit = async (event: Event) => {
    event.preventDefault();
    const answer = await send("justify", { serviceId, reason, detail });
    if (!answer.ok) {
      setError(answer.message);
      return;
    }
    location.replace(answer.home ?? "about:blank");
  };
  return (
    <main data-state="justify">
      <h1 id="justify-title">
        {org} has not approved {view.serviceName}
      </h1>
      <p>
        You can still use it for {view.minutes} minute{view.minutes === 1 ? "" : "s"} if you say why. Your answer stays
        on this device: it is not sent to {org} or anyone else.
      </p>
      {view.alternative !== null && (
        <p id="justify-alternative">
          <strong>Approved instead: </strong>
          {view.alternative.url === undefined ? (
            view.alternative.name
          ) : (
            <a href={view.alternative.url}>{view.alternative.name}</a>
          )}
        </p>
      )}
      <form onSubmit={(e) => void submit(e)}>
        <fieldset>
          <legend>Why do you need {view.serviceName}?</legend>
          {view.reasons.map((r) => (
            <label key={r}>
              <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} /> {r}
            </label>
          ))}
          <label for="detail">In your own words (optional)</label>
          <textarea
            id="detail"
            rows={2}
            maxLength={300}
            value={detail}
            onInput={(e) => setDetail(e.currentTarget.value)}
          />
        </fieldset>
        <p role="alert" class="error" id="justify-error">
          {error ?? ""}
        </p>
        <p class="actions">
          <button type="submit" class="primary" id="justify-continue" disabled={reason === ""}>
            Continue to {view.serviceName}
          </button>
          <button type="button" id="go-back" onClick={goBack}>
            Go back
          </button>
        </p>
      </form>
      {view.last !== null && (
        <p id="justify-last" class="muted">
          Your last reason here: “{view.last.reason}
          {view.last.detail ? `: ${view.last.detail}` : ""}”, {new Date(view.last.at).toLocaleDateString()}{" "}
          {time(view.last.at)}.
        </p>
      )}
      {view.acceptableUsePolicyUrl !== null && (
        <p>
          <a href={view.acceptableUsePolicyUrl} rel="noopener noreferrer">
            Read the AI acceptable-use policy
          </a>
        </p>
      )}
    </main>
  );
}
