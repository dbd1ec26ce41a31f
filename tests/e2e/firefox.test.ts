/**
 * Smoke test of the built Firefox extension (dist/firefox) in Debian's Firefox ESR: installed as a
 * temporary add-on, real navigation to real AI hostnames (served locally through a CONNECT proxy),
 * the real toolbar badge per tab, and the popup opened as a page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  badgeColor,
  badgeText,
  type FirefoxBrowser,
  grantedOrigins,
  launchFirefox,
  openPopup,
  saveScreenshot,
  waitForBadge,
} from "./harness/firefox";
import { loadModelFacts } from "./harness/model-facts";
import { startServer, type TestServer } from "./harness/server";

const facts = loadModelFacts();
let server: TestServer;
let firefox: FirefoxBrowser;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox({ serverPort: server.port });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe("Firefox ESR", () => {
  it("runs the add-on with the catalog's host permissions granted", async () => {
    const version = await firefox.browser.version();
    expect(version).toMatch(/^firefox\/\d+/);
    const origins = await grantedOrigins(firefox.api);
    expect(origins).toEqual(expect.arrayContaining(["*://*.chatgpt.com/*", "*://*.github.com/*"]));
  });

  it("badges each AI tab with its deployment model, and leaves other pages blank", async () => {
    const chat = await firefox.visit("https://chatgpt.com/");
    const code = await firefox.visit("https://github.com/copilot");
    // The pages really are the local server's, reached by their real hostnames.
    expect(await chat.page.title()).toBe("chatgpt.com/");
    expect(firefox.proxy.hosts).toEqual(expect.arrayContaining(["chatgpt.com", "github.com"]));

    for (const [tab, model] of [
      [chat, "public-saas"],
      [code, "code-copilot"],
    ] as const) {
      const expected = facts.badge(model);
      await waitForBadge(firefox.api, tab.tabId, expected.text);
      expect(await badgeColor(firefox.api, tab.tabId)).toBe(expected.color.toLowerCase());
    }
    expect(facts.badge("public-saas").text).not.toBe("");

    await chat.page.goto("https://example.org/");
    await waitForBadge(firefox.api, chat.tabId, "");
    expect(await chat.page.title()).toBe("example.org/");
    expect(await badgeText(firefox.api, code.tabId)).toBe(facts.badge("code-copilot").text);
    await chat.page.close();
    await code.page.close();
  });

  it("shows the service, its model, the training answer from the catalog's details and the twelve domains in the popup", async () => {
    const { page, tabId } = await firefox.visit("https://chatgpt.com/");
    await waitForBadge(firefox.api, tabId, facts.badge("public-saas").text);
    const popup = await openPopup(firefox.browser, tabId);
    expect(await popup.$eval("main", (m) => m.getAttribute("data-state"))).toBe("service");
    expect(await popup.$eval("main", (m) => m.getAttribute("data-model"))).toBe("public-saas");
    expect(await popup.$eval("#service-name", (e) => e.textContent)).toBe("ChatGPT");
    expect(await popup.$$eval("li.domain", (items) => items.length)).toBe(12);
    // Data use comes from rules/details.json, which the background reads when a popup asks.
    expect(await popup.$eval("#training", (e) => e.getAttribute("data-training"))).toBe("opt-out");
    expect(await popup.$eval("#training", (e) => e.textContent)).toContain("Data controls");
    await saveScreenshot(popup, "firefox-popup");
    await popup.close();
    await page.close();
  });
});
