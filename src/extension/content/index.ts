/**
 * Runs only on catalog hosts. Single-page apps change their route without a page load; this tells
 * the background so the badge follows the route (github.com -> github.com/copilot). When the
 * organisation's policy asks for it, the answer carries a notice to show on the page.
 */
import { send } from "../shared/messages";
import { removeNotice, showNotice } from "./notice";

let lastUrl = "";

function report(): void {
  const url = location.href;
  if (url === lastUrl) return;
  lastUrl = url;
  send("page-changed", {})
    .then((answer) => {
      if (answer?.notice !== undefined) showNotice(answer.notice);
      else removeNotice();
    })
    .catch(() => {
      // The extension was reloaded or updated: this page's script is orphaned.
    });
}

type NavigationTarget = EventTarget & { addEventListener(type: "navigatesuccess", listener: () => void): void };
const nav = (globalThis as { navigation?: NavigationTarget }).navigation;
if (nav !== undefined) nav.addEventListener("navigatesuccess", report);
addEventListener("popstate", report);
addEventListener("hashchange", report);
report();
