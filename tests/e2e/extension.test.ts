/**
 * The built extension in Debian's Chromium: real navigation to real AI hostnames (served
 * locally), the real toolbar badge, the real popup.
 */
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine";
import { badgeColor, badgeText, openPopup, saveScreenshot, stopServiceWorker, waitForBadge } from "./harness/browser";
import { loadModelFacts } from "./harness/model-facts";
import { useExtensionSession } from "./harness/session";

const facts = loadModelFacts();
const engine = createEngine(facts.rules.services, facts.rules.model);
const session = useExtensionSession();
const visit = (url: string) => session.browser.visit(url);

describe("badge per tab", () => {
  it.each([
    ["https://chatgpt.com/", "public-saas"],
    ["https://claude.ai/new", "public-saas"],
    ["https://gemini.google.com/app", "public-saas"],
    ["https://copilot.microsoft.com/", "public-saas"],
    ["https://m365.cloud.microsoft/chat", "private-saas"],
    ["https://github.com/copilot", "code-copilot"],
    ["https://ai.azure.com/", "paas"],
    ["https://contoso-prod.openai.azure.com/openai/deployments", "paas"],
    ["https://platform.openai.com/docs", "public-api"],
    ["https://console.anthropic.com/dashboard", "public-api"],
  ])("%s shows the %s badge", async (url, model) => {
    const { page, tabId } = await visit(url);
    const expected = facts.badge(model);
    await waitForBadge(session.worker, tabId, expected.text);
    expect(await badgeColor(session.worker, tabId)).toBe(expected.color);
    await page.close();
  });

  it("keeps badges separate per tab, and clears it when the tab leaves the service", async () => {
    const chat = await visit("https://chatgpt.com/");
    const code = await visit("https://github.com/copilot");
    await waitForBadge(session.worker, chat.tabId, facts.badge("public-saas").text);
    await waitForBadge(session.worker, code.tabId, facts.badge("code-copilot").text);
    await chat.page.goto("https://example.org/news");
    await waitForBadge(session.worker, chat.tabId, "");
    expect(await badgeText(session.worker, code.tabId)).toBe(facts.badge("code-copilot").text);
    await chat.page.close();
    await code.page.close();
  });

  it("shows nothing on a lookalike host", async () => {
    const { page, tabId } = await visit("https://chatgpt.com/");
    await waitForBadge(session.worker, tabId, facts.badge("public-saas").text);
    await page.goto("https://chatgpt.com.evil.example/");
    await waitForBadge(session.worker, tabId, "");
    await page.close();
  });

  it("follows a single-page app's in-page route change", async () => {
    const { page, tabId } = await visit("https://github.com/copilot");
    await waitForBadge(session.worker, tabId, facts.badge("code-copilot").text);
    await page.evaluate(() => history.pushState({}, "", "/octocat/hello-world"));
    await waitForBadge(session.worker, tabId, "");
    await page.evaluate(() => history.pushState({}, "", "/copilot/c/42"));
    await waitForBadge(session.worker, tabId, facts.badge("code-copilot").text);
    await page.close();
  });
});

describe("popup", () => {
  it("shows the service, its model, the twelve domains and the user's Do / Don't", async () => {
    const { page, tabId } = await visit("https://chatgpt.com/");
    await waitForBadge(session.worker, tabId, facts.badge("public-saas").text);
    const popup = await openPopup(session.browser.context, tabId);
    expect(await popup.textContent("#service-name")).toBe("ChatGPT");
    expect(await popup.getAttribute("main", "data-model")).toBe("public-saas");
    expect(await popup.textContent("#model-name")).toBe(facts.modelName("public-saas"));

    const cells = facts.cells("public-saas");
    const rendered = await popup.$$eval("li.domain", (items) =>
      items.map((li) => ({ domain: li.getAttribute("data-domain"), owner: li.getAttribute("data-owner") })),
    );
    expect(rendered).toHaveLength(12);
    expect(new Map(rendered.map((r) => [r.domain, r.owner]))).toEqual(new Map(cells.map((c) => [c.domain, c.owner])));

    // Each area shows the person's lines; the organisation's are folded under "What your IT and security team does".
    const match = engine.match("https://chatgpt.com/");
    if (match === null) throw new Error("chatgpt.com is not in the catalog");
    for (const item of engine.verdict(match).responsibilities) {
      const card = popup.locator(`.your-part li.domain[data-domain="${item.domain}"]`);
      const mine = (lines: typeof item.do) => lines.filter((l) => l.for === "you").map((l) => l.text);
      expect(await card.locator("ul.do > li").allTextContents()).toEqual(mine(item.do));
      expect(await card.locator("ul.dont > li").allTextContents()).toEqual(mine(item.dont));
      expect(await card.locator("details.it-part li").count()).toBeGreaterThan(0);
    }
    await saveScreenshot(popup, "popup-chatgpt-areas");
    await popup.close();
    await page.close();
  });

  it("is usable by keyboard: the areas open with Enter", async () => {
    const { page, tabId } = await visit("https://github.com/copilot");
    const popup = await openPopup(session.browser.context, tabId);
    const firstWhy = popup.locator("details#your-part");
    await firstWhy.locator("> summary").focus();
    await popup.keyboard.press("Enter");
    expect(await firstWhy.getAttribute("open")).not.toBeNull();
    await popup.close();
    await page.close();
  });

  it("says no known AI service is open on other pages", async () => {
    const { page, tabId } = await visit("https://chatgpt.com/");
    await page.goto("https://example.org/");
    await waitForBadge(session.worker, tabId, "");
    const popup = await openPopup(session.browser.context, tabId);
    expect(await popup.getAttribute("main", "data-state")).toBe("none");
    expect(await popup.textContent("h1")).toContain("No known AI service");
    await popup.close();
    await page.close();
  });
});

describe("service session.worker restart", () => {
  it("keeps each tab's verdict, and stores no URL", async () => {
    const { page, tabId } = await visit("https://claude.ai/chat/secret-conversation-id");
    await waitForBadge(session.worker, tabId, facts.badge("public-saas").text);
    await session.worker.evaluate(() => {
      (self as { beforeRestart?: boolean }).beforeRestart = true;
    });
    await stopServiceWorker(session.browser.context);

    const popup = await openPopup(session.browser.context, tabId);
    expect(await popup.textContent("#service-name")).toBe("Claude");
    // A fresh global scope proves the session.worker really was stopped and started again.
    expect(await session.worker.evaluate(() => (self as { beforeRestart?: boolean }).beforeRestart ?? false)).toBe(
      false,
    );
    expect(await badgeText(session.worker, tabId)).toBe(facts.badge("public-saas").text);
    const stored = await session.worker.evaluate(() => chrome.storage.session.get(null));
    expect(JSON.stringify(stored)).not.toContain("secret-conversation-id");
    expect(JSON.stringify(stored)).not.toContain("https://");
    await popup.close();
    await page.close();
  });
});
