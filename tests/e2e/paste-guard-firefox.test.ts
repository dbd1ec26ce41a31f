/**
 * Smoke test of the paste guard in the built Firefox add-on (dist/firefox) in Firefox ESR, on the
 * local editor page served at chatgpt.com. WebDriver BiDi has no clipboard, so the pastes here are
 * paste events carrying the text (the guard treats them as it treats a real paste; a clean one is
 * only checked to raise no dialog, since a synthetic paste inserts nothing by itself); the drop is a
 * drop event carrying a file.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDITOR_PATH, editorRoute } from "./harness/editor-page";
import { type FirefoxBrowser, launchFirefox, saveScreenshot, waitFor } from "./harness/firefox";
import { startServer, type TestServer } from "./harness/server";

const AWS_KEY = ["AKIA", "Q3EGRTZ7PLWX4MNB"].join("");
const GITHUB_TOKEN = ["ghp_", "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"].join("");
const SECRET_TEXT = `Deploy notes: use ${AWS_KEY} for the bucket`;

let server: TestServer;
let firefox: FirefoxBrowser;

beforeAll(async () => {
  server = await startServer();
  server.routes.push(editorRoute);
  firefox = await launchFirefox({ serverPort: server.port });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

function pasteEvent(page: Page, selector: string, text: string): Promise<void> {
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
const dialogOpen = (page: Page) => page.evaluate(() => document.querySelector("ai-responsibility-guard") !== null);
const editorText = (page: Page, selector: string) =>
  page.$eval(selector, (e) => (e instanceof HTMLTextAreaElement ? e.value : (e.textContent ?? "").trim()));

describe("paste guard in Firefox ESR", () => {
  for (const selector of ["#ta", "#ce", "#pm"]) {
    it(`asks before an AWS key reaches ${selector}; "Paste without it" leaves the placeholder`, async () => {
      const { page } = await firefox.visit(`https://chatgpt.com${EDITOR_PATH}`);
      await pasteEvent(page, selector, "A clean line");
      expect(await dialogOpen(page)).toBe(false);

      await pasteEvent(page, selector, SECRET_TEXT);
      await waitFor(() => dialogOpen(page), true);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("AI-RESPONSIBILITY-GUARD");
      if (selector === "#ta") await saveScreenshot(page, "firefox-paste-guard-dialog");
      await page.keyboard.press("Enter");
      await waitFor(() => dialogOpen(page), false);
      // The model editor handles even a synthetic paste itself, so the clean line is there too.
      const before = selector === "#pm" ? "A clean line" : "";
      expect(await editorText(page, selector)).toBe(`${before}Deploy notes: use [AWS access key] for the bucket`);
      if (selector === "#pm") {
        expect(await page.evaluate(() => (window as unknown as { pmModel: string }).pmModel)).toBe(
          `${before}Deploy notes: use [AWS access key] for the bucket`,
        );
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(selector.slice(1));
      await page.close();
    });
  }

  it("does not attach a dropped .env file with a token when the person cancels", async () => {
    const { page } = await firefox.visit(`https://chatgpt.com${EDITOR_PATH}`);
    await page.evaluate((token) => {
      const data = new DataTransfer();
      data.items.add(new File([`GITHUB_TOKEN=${token}\n`], ".env", { type: "text/plain" }));
      const zone = document.getElementById("drop") as HTMLElement;
      zone.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: data }));
    }, GITHUB_TOKEN);
    await waitFor(() => dialogOpen(page), true);
    await page.keyboard.press("Escape");
    await waitFor(() => dialogOpen(page), false);
    expect(await page.$$eval("#attached li", (items) => items.length)).toBe(0);
    await page.close();
  });

  it("keeps no pasted text in the add-on's storage", async () => {
    const stored = await firefox.api.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [local, session, sync] = await Promise.all([
        api.storage.local.get(null),
        api.storage.session.get(null),
        api.storage.sync.get(null),
      ]);
      return JSON.stringify({ local, session, sync });
    });
    for (const text of [AWS_KEY, GITHUB_TOKEN, "Deploy notes", "clean line"]) expect(stored).not.toContain(text);
    expect(stored).toContain("guard:counts:");
  });
});
