/**
 * Clicks the extension's toolbar button on a page, through the DevTools protocol
 * (Extensions.triggerAction): the browser grants activeTab exactly as for a user's click.
 */
import type { BrowserContext, Page } from "playwright-core";
import { EXTENSION_ID } from "./browser";

export async function clickToolbarButton(context: BrowserContext, page: Page): Promise<void> {
  const browser = context.browser();
  if (browser === null) throw new Error("no browser-level DevTools session for this context");
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] });
    const url = page.url();
    const tab = targetInfos.find((t) => t.type === "tab" && t.url === url);
    if (tab === undefined) throw new Error(`no tab target shows ${url}`);
    await cdp.send("Extensions.triggerAction", { id: EXTENSION_ID, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}
