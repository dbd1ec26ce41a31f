/**
 * Service worker. Every listener is registered synchronously at the top level, so events that
 * wake a stopped worker are never missed; handlers wait for the admin policy before answering.
 */

import { userMayChoose } from "../../engine/policy";
import { type MessageSender, runtime, tabs } from "../shared/browser-api";
import { isRequest, type RequestMessage, type TabView } from "../shared/messages";
import { showBadge } from "./badge";
import { chooseVariant } from "./choices";
import { blockedView, blockTab, enforcementForView } from "./enforcement";
import { activeEngine } from "./engine-instance";
import { handleGuardRequest, isGuardRequest } from "./guard";
import { currentPolicy, onPolicyChange, policyReady } from "./policy-store";
import { policyView } from "./policy-view";
import { contentScriptTab, isAllowedSender } from "./sender-check";
import { forgetTab, saveTabMatch } from "./tab-records";
import { viewForMatch, viewForTab } from "./tab-view";

async function refreshTab(tabId: number, url: string | undefined): Promise<TabView> {
  await policyReady;
  const match = url === undefined ? null : activeEngine().match(url);
  const view = await viewForMatch(match);
  // The badge first: the record only matters after a worker restart.
  await Promise.all([showBadge(tabId, view), saveTabMatch(tabId, match)]);
  if (view.kind === "service" && enforcementForView(view)?.action === "block") {
    await blockTab(tabId, view.verdict.serviceId);
  }
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
