/**
 * Accepts each request only from the sender it is meant for (REQUEST_SENDERS in messages.ts).
 * The browser fills in the sender (id, frame URL, tab), so a web page, or a compromised renderer
 * running our content script, cannot claim to be the popup or speak for another tab.
 */
import { type MessageSender, runtime } from "../shared/browser-api";
import { REQUEST_SENDERS, type RequestMessage } from "../shared/messages";

/** This extension's origin, "chrome-extension://ID/" or "moz-extension://UUID/". */
function ownOrigin(): string {
  return runtime.getURL("");
}

/**
 * One of our own pages: the popup (also when a test opens it as a tab, popup.html?tabId=N), the
 * options page, the block page. A content script's frame URL is the web page's, never ours.
 */
export function isExtensionPage(sender: MessageSender): boolean {
  const origin = ownOrigin();
  if (sender.extensionId !== runtime.id() || typeof sender.url !== "string" || !sender.url.startsWith(origin)) {
    return false;
  }
  // In a tab, the tab shows one of our pages too (none of them can be framed by a web page).
  return sender.tabUrl === undefined || sender.tabUrl.startsWith(origin);
}

/** The tab of our content script in a tab's top frame; null for any other sender. */
export function contentScriptTab(sender: MessageSender): number | null {
  if (sender.extensionId !== runtime.id() || sender.tabId === undefined || sender.tabId < 0) return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  if (typeof sender.url !== "string" || sender.url.startsWith(ownOrigin())) return null;
  return sender.tabId;
}

export function isAllowedSender(message: RequestMessage, sender: MessageSender): boolean {
  const kind = REQUEST_SENDERS[message.type];
  return kind === "extension-page" ? isExtensionPage(sender) : contentScriptTab(sender) !== null;
}
