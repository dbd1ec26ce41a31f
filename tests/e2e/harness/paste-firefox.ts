/**
 * Pasting into the editor test page in Firefox (puppeteer-core over WebDriver BiDi), and reading
 * what the paste guard did. WebDriver BiDi has no clipboard, so a paste is a paste event carrying
 * the text: the guard treats it as it treats a real paste, but a synthetic paste inserts nothing by
 * itself, so only what the guard inserts ("Paste without it") reaches the editor.
 */
import type { Page } from "puppeteer-core";

// Built from parts so no file holds a string a secret scanner would flag.
export const AWS_KEY = ["AKIA", "Q3EGRTZ7PLWX4MNB"].join("");
export const GITHUB_TOKEN = ["ghp_", "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"].join("");
export const SECRET_TEXT = `Deploy notes: use ${AWS_KEY} for the bucket`;
/** What "Paste without it" (Enter) leaves of SECRET_TEXT. */
export const REDACTED_TEXT = "Deploy notes: use [AWS access key] for the bucket";

export function pasteEvent(page: Page, selector: string, text: string): Promise<void> {
  return page.evaluate(
    (sel, t) => {
      const target = document.querySelector(sel) as HTMLElement;
      target.focus();
      // Firefox builds a paste event's clipboard data from its own dataType and data members.
      const init = { dataType: "text/plain", data: t, bubbles: true, cancelable: true };
      target.dispatchEvent(new ClipboardEvent("paste", init as ClipboardEventInit));
    },
    selector,
    text,
  );
}

export const dialogOpen = (page: Page) =>
  page.evaluate(() => document.querySelector("ai-responsibility-guard") !== null);

export const editorText = (page: Page, selector: string) =>
  page.$eval(selector, (e) => (e instanceof HTMLTextAreaElement ? e.value : (e.textContent ?? "").trim()));

/** Everything in the add-on's storage areas, as one JSON text (to check what it keeps). */
export function storedText(api: Page): Promise<string> {
  return api.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    const [local, session, sync] = await Promise.all([
      ext.storage.local.get(null),
      ext.storage.session.get(null),
      ext.storage.sync.get(null),
    ]);
    return JSON.stringify({ local, session, sync });
  });
}
