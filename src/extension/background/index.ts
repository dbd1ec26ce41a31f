/**
 * Service worker. Every listener is registered synchronously at the top level, so events that
 * wake a stopped worker are never missed; handlers wait for the admin policy before answering.
 */

import { userMayChoose } from "../../engine/policy";
import { type MessageSender, runtime, tabs } from "../shared/browser-api";
import { isRequest, type RequestMessage, type TabView } from "../shared/messages";
import { adminView, checkPolicyText } from "./admin-view";
import { showBadge } from "./badge";
import { chooseVariant } from "./choices";
import { startCustomHostScripts } from "./custom-host-scripts";
import {
  blockedView,
  enforcementForView,
  interceptionFor,
  interceptTab,
  justifyMinutes,
  justifyView,
} from "./enforcement";
import { activeEngine } from "./engine-instance";
import { handleGuardRequest, isGuardRequest } from "./guard";
import { recordJustification } from "./justifications";
import { startNetworkSync, syncNetworkRules } from "./network-sync";
import { currentPolicy, onPolicyChange, policyReady } from "./policy-store";
import { policyView } from "./policy-view";
import { contentScriptTab, isAllowedSender } from "./sender-check";
import { forgetTab, saveTabMatch } from "./tab-records";
import { viewForMatch, viewForTab } from "./tab-view";

async function refreshTab(tabId: number, url: string | undefined): Promise<TabView> {
  await policyReady;
  const match = url === undefined ? null : activeEngine().match(url);
  const view = await viewForMatch(match, "badge");
  // The badge first: the record only matters after a worker restart.
  await Promise.all([showBadge(tabId, view), saveTabMatch(tabId, match)]);
  // The network rules act before the request; this catches in-page route changes and hosts the
  // rules cannot reach.
  const intercept = view.kind === "service" ? await interceptionFor(view) : null;
  if (intercept !== null && view.kind === "service") await interceptTab(tabId, view.verdict.serviceId, intercept);
  return view;
}

function refreshAllTabs(): void {
  void tabs.all().then((list) => Promise.all(list.map((tab) => refreshTab(tab.id, tab.url))));
}

async function handle(message: RequestMessage, sender: MessageSender): Promise<unknown> {
  await policyReady;
  switch (message.type) {
    case "tab-view": {
      // After a toolbar click (activeTab) the tab's URL is visible even on a host the extension
      // may not otherwise see, such as a custom service's: badge it now.
      const view = await viewForTab(message.tabId);
      await showBadge(message.tabId, view);
      return view;
    }
    case "choose-variant": {
      // The policy may decide the plan, or forbid users to change their settings.
      if (userMayChoose(currentPolicy().policy, message.serviceId)) {
        await chooseVariant(message.serviceId, message.variantId);
        // Other tabs on the same service show the new plan's badge too.
        refreshAllTabs();
      }
      const view = await viewForTab(message.tabId);
      await showBadge(message.tabId, view);
      return view;
    }
    case "page-changed": {
      // The sender's own tab, and its URL as the browser has it now (never a URL from the page).
      const tabId = contentScriptTab(sender);
      if (tabId === null) return { ok: true };
      const url = (await tabs.get(tabId))?.url ?? sender.tabUrl;
      const notice = enforcementForView(await refreshTab(tabId, url));
      return notice?.action === "notice" ? { ok: true, notice } : { ok: true };
    }
    case "policy-view":
      return policyView();
    case "blocked-view":
      return blockedView(message.serviceId);
    case "justify-view":
      return justifyView(message.serviceId);
    case "justify": {
      const view = await justifyView(message.serviceId);
      if (view === null) return { ok: false, message: "This service no longer asks for a reason." };
      const recorded = await recordJustification(message, justifyMinutes());
      if (typeof recorded === "string") return { ok: false, message: recorded };
      await syncNetworkRules();
      return { ok: true, until: recorded.until, home: view.home };
    }
    case "admin-view":
      return adminView();
    case "check-policy":
      return checkPolicyText(message.text);
  }
}

tabs.onUpdated((tabId, url) => {
  void refreshTab(tabId, url);
});

tabs.onRemoved((tabId) => {
  void forgetTab(tabId);
});

runtime.onMessage((message, sender) => {
  // A request from a sender it is not meant for gets no answer at all.
  if (!isRequest(message) || !isAllowedSender(message, sender)) return undefined;
  if (isGuardRequest(message)) return handleGuardRequest(message, sender);
  return handle(message, sender);
});

runtime.onInstalledOrStartup(refreshAllTabs);

// A policy edited while the browser runs applies at once: badges, blocks and the popup follow.
onPolicyChange(refreshAllTabs);

// declarativeNetRequest rules: installed now and after every policy change or justified period.
startNetworkSync();

// The content scripts on the custom services' hosts the user granted: now and after every change.
startCustomHostScripts();
