/** The popup in light and dark: no axe-core violations, every control reachable by keyboard. */
import { afterEach, describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { launchBrowser, openPopup, saveScreenshot, type TestBrowser, tabIdFor, waitForBadge } from "./harness/browser";
import { loadModelFacts } from "./harness/model-facts";
import { startServer, type TestServer } from "./harness/server";

const facts = loadModelFacts();
let server: TestServer | undefined;
let browser: TestBrowser | undefined;

afterEach(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(["light", "dark"] as const)("popup in %s mode", (colorScheme) => {
  it("has no accessibility violations, on a service and on another page", async () => {
    server = await startServer();
    browser = await launchBrowser({ serverPort: server.port, colorScheme });
    const worker = await browser.worker();
    const page = await browser.context.newPage();
    await page.goto("https://github.com/copilot");
    const tabId = await tabIdFor(worker, "https://github.com/copilot");
    await waitForBadge(worker, tabId, facts.badge("code-copilot").text);

    const popup = await openPopup(browser.context, tabId);
    expect(await axeViolations(popup), "with every section closed").toEqual([]);
    // Open every section and every area's IT part, so axe sees all of it.
    await popup.locator("#model-details > summary").click();
    await popup.locator("#your-part > summary").click();
    for (const summary of await popup.locator("details.it-part > summary").all()) await summary.click();
    expect(await axeViolations(popup)).toEqual([]);
    await saveScreenshot(popup, `popup-copilot-${colorScheme}`);

    // Every interactive element is reachable with Tab.
    const focusable = await popup.$$eval("a[href], select, summary, button", (elements) => {
      elements.forEach((element, i) => {
        element.setAttribute("data-kbd", String(i));
      });
      return elements.length;
    });
    const reached = new Set<string>();
    for (let i = 0; i < focusable + 2; i++) {
      await popup.keyboard.press("Tab");
      reached.add(await popup.evaluate(() => document.activeElement?.getAttribute("data-kbd") ?? "none"));
    }
    reached.delete("none");
    expect(reached.size).toBe(focusable);

    await page.goto("https://example.org/");
    await waitForBadge(worker, tabId, "");
    await popup.reload();
    await popup.waitForSelector('main[data-state="none"]');
    expect(await axeViolations(popup)).toEqual([]);
  });
});
