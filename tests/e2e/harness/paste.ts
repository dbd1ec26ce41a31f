/** Pasting into the editor test page in Chromium, and reading what the paste guard did. */
import type { Page } from "playwright-core";

// Built from parts so no file holds a string a secret scanner would flag.
export const AWS_KEY = ["AKIA", "Q3EGRTZ7PLWX4MNB"].join("");
export const SECRET_TEXT = `Deploy notes: use ${AWS_KEY} for the bucket`;

/** A real clipboard paste (Ctrl+V) into `selector`. */
export async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus(selector);
  await page.keyboard.press("Control+V");
}

export const editorText = (page: Page, selector: string) =>
  page.$eval(selector, (e) => (e instanceof HTMLTextAreaElement ? e.value : (e.textContent ?? "").trim()));

export const dialogOpen = (page: Page) =>
  page.evaluate(() => document.querySelector("ai-responsibility-guard") !== null);

/** What a screen reader gets: names in the accessibility tree, closed shadow roots included. */
export async function accessibleNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { name?: { value?: string }; role?: { value?: string } }[];
  };
  await cdp.detach();
  return nodes.map((n) => `${n.role?.value ?? ""}: ${n.name?.value ?? ""}`);
}

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
