/** Shown in place of a service the organisation blocks: the reason, and what to use instead. */
import { useEffect, useState } from "preact/hooks";
import { contactHref } from "../shared/contact";
import { type EnforcementView, send } from "../shared/messages";

type State = { status: "loading" } | { status: "ready"; view: EnforcementView | null };

export function Blocked() {
  const [state, setState] = useState<State>({ status: "loading" });
  useEffect(() => {
    const serviceId = new URLSearchParams(location.search).get("service") ?? "";
    void send("blocked-view", { serviceId })
      .then((view) => setState({ status: "ready", view }))
      .catch(() => setState({ status: "ready", view: null }));
  }, []);
  if (state.status === "loading") return <main aria-busy="true">Loading…</main>;
  const view = state.view;
  if (view === null) {
    return (
      <main data-state="unblocked">
        <h1>This service is no longer blocked</h1>
        <p>Your organisation's policy changed. Go back and open the service again.</p>
      </main>
    );
  }
  const org = view.organisationName ?? "Your organisation";
  const href = view.supportContact === null ? null : contactHref(view.supportContact);
  return (
    <main data-state="blocked">
      <h1 id="blocked-title">
        {org} blocks {view.serviceName}
      </h1>
      <p id="blocked-reason">
        {view.serviceName} ({view.modelName}) is {view.status === "blocked" ? "blocked" : "not approved"} for work use
        by {org}.
      </p>
      {view.alternative !== null && (
        <p id="blocked-alternative">
          <strong>Instead: </strong>
          {view.alternative}
        </p>
      )}
      {view.supportContact !== null && (
        <p>Questions: {href === null ? view.supportContact : <a href={href}>{view.supportContact}</a>}</p>
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
