/** Shown in place of a service the organisation blocks: why, and the ways forward. */
import { useEffect, useState } from "preact/hooks";
import { contactHref } from "../shared/contact";
import { type BlockPageView, send } from "../shared/messages";
import { goBack } from "./go-back";
import { PolicyChanged } from "./PolicyChanged";

type State = { status: "loading" } | { status: "ready"; view: BlockPageView | null };

export function Blocked() {
  const [state, setState] = useState<State>({ status: "loading" });
  const afterLoad = new URLSearchParams(location.search).get("after") === "load";
  useEffect(() => {
    const serviceId = new URLSearchParams(location.search).get("service") ?? "";
    void send("blocked-view", { serviceId })
      .then((view) => setState({ status: "ready", view }))
      .catch(() => setState({ status: "ready", view: null }));
  }, []);
  if (state.status === "loading") return <main aria-busy="true">Loading…</main>;
  const view = state.view;
  if (view === null) {
    return <PolicyChanged state="unblocked" title="This service is no longer blocked" />;
  }
  const org = view.organisationName ?? "Your organisation";
  const alt = view.alternativeLink;
  const support = view.supportContact === null ? null : contactHref(view.supportContact);
  return (
    <main data-state="blocked">
      <h1 id="blocked-title">
        {org} blocks {view.serviceName}
      </h1>
      <p id="blocked-reason">
        {view.serviceName} ({view.modelName}) is {view.status === "blocked" ? "blocked" : "not approved"} for work use
        by {org}.{!afterLoad && " Nothing was sent to it: the browser stopped the page before it loaded."}
      </p>
      {alt !== null && (
        <p id="blocked-alternative">
          <strong>Instead: </strong>
          {alt.url === undefined ? (
            alt.name
          ) : (
            <a id="open-alternative" href={alt.url} rel="noopener noreferrer">
              {alt.name}
            </a>
          )}
        </p>
      )}
      <p class="actions">
        <button type="button" id="go-back" onClick={goBack}>
          Go back
        </button>
        {view.exceptionHref !== null && (
          <a id="request-exception" class="button" href={view.exceptionHref} rel="noopener noreferrer">
            Request an exception
          </a>
        )}
      </p>
      {view.supportContact !== null && (
        <p>Questions: {support === null ? view.supportContact : <a href={support}>{view.supportContact}</a>}</p>
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
