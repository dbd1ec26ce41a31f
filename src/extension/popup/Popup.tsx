import { useEffect, useState } from "preact/hooks";
import { tabs } from "../shared/browser-api";
import { send, type TabView } from "../shared/messages";
import { NoService } from "./NoService";
import { ServiceView } from "./ServiceView";

/** The tab to describe: ?tabId=N when opened as a page (tests, screenshots), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get("tabId");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  return (await tabs.active())?.id ?? null;
}

type State = { status: "loading" } | { status: "ready"; tabId: number | null; view: TabView } | { status: "error" };

export function Popup() {
  const [state, setState] = useState<State>({ status: "loading" });

  useEffect(() => {
    targetTabId()
      .then(async (tabId) => {
        const view: TabView = tabId === null ? { kind: "none", organisation: null } : await send("tab-view", { tabId });
        setState({ status: "ready", tabId, view });
      })
      .catch(() => setState({ status: "error" }));
  }, []);

  if (state.status === "loading") {
    return (
      <main aria-busy="true">
        <p class="muted">Loading…</p>
      </main>
    );
  }
  if (state.status === "error") {
    return (
      <main>
        <p role="alert">Something went wrong while reading this tab. Close the popup and open it again.</p>
      </main>
    );
  }
  const { tabId, view } = state;
  if (view.kind === "none" || tabId === null) return <NoService organisation={view.organisation} />;
  const onChooseVariant = (variantId: string | null) => {
    void send("choose-variant", { tabId, serviceId: view.verdict.serviceId, variantId }).then((next) =>
      setState({ status: "ready", tabId, view: next }),
    );
  };
  return <ServiceView view={view} onChooseVariant={onChooseVariant} />;
}
