/**
 * Service worker. Every listener is registered synchronously at the top level, so events that
 * wake a stopped worker are never missed.
 */

import { runtime, tabs } from "../shared/browser-api";
import { isRequest, type RequestMessage, type TabView } from "../shared/messages";
import { showBadge } from "./badge";
import { chooseVariant } from "./choices";
import { engine } from "./engine-instance";
import { forgetTab, saveTabMatch } from "./tab-records";
import { viewForMatch, viewForTab } from "./tab-view";

async function refreshTab(tabId: number, url: string | undefined): Promise<TabView> {
  const match = url === undefined ? null : engine.match(url);
  await saveTabMatch(tabId, match);
  const view = await viewForMatch(match);
  await showBadge(tabId, view);
  return view;
}

async function handle(message: RequestMessage, senderTabId: number | undefined): Promise<unknown> {
  switch (message.type) {
    case "tab-view":
      return viewForTab(message.tabId);
    case "choose-variant": {
      await chooseVariant(message.serviceId, message.variantId);
      const view = await viewForTab(message.tabId);
      await showBadge(message.tabId, view);
      return view;
    }
    case "page-changed":
      if (senderTabId !== undefined) await refreshTab(senderTabId, message.url);
      return { ok: true };
  }
}

tabs.onUpdated((tabId, url) => {
  void refreshTab(tabId, url);
});

tabs.onRemoved((tabId) => {
  void forgetTab(tabId);
});

runtime.onMessage((message, sender) => {
  if (!isRequest(message)) return undefined;
  return handle(message, sender.tabId);
});

runtime.onInstalledOrStartup(() => {
  void tabs.all().then((list) => Promise.all(list.map((tab) => refreshTab(tab.id, tab.url))));
});
