/**
 * Smoke test of the paste guard in the built Firefox add-on (dist/firefox) in Firefox ESR, on the
 * local editor page served at chatgpt.com. WebDriver BiDi has no clipboard, so the pastes here are
 * paste events carrying the text (the guard treats them as it treats a real paste; a clean one is
 * only checked to raise no dialog, since a synthetic paste inserts nothing by itself); the drop is a
 * drop event carrying a file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EDITOR_PATH, editorRoute } from "./harness/editor-page";
import { type FirefoxBrowser, launchFirefox, saveScreenshot, waitFor } from "./harness/firefox";
import {
  AWS_KEY,
  dialogOpen,
  editorText,
  GITHUB_TOKEN,
  pasteEvent,
  REDACTED_TEXT,
  SECRET_TEXT,
  storedText,
} from "./harness/paste-firefox";
import { startServer, type TestServer } from "./harness/server";

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
      expect(await editorText(page, selector)).toBe(`${before}${REDACTED_TEXT}`);
      if (selector === "#pm") {
        expect(await page.evaluate(() => (window as unknown as { pmModel: string }).pmModel)).toBe(
          `${before}${REDACTED_TEXT}`,
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
    const stored = await storedText(firefox.api);
    for (const text of [AWS_KEY, GITHUB_TOKEN, "Deploy notes", "clean line"]) expect(stored).not.toContain(text);
    expect(stored).toContain("guard:counts:");
  });
});
