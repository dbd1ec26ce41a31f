/**
 * The pages an admin policy brings (the popup with the organisation's details, the in-page notice,
 * the block page, the admin page with problems) in light and dark: no axe-core violations.
 */
import { afterEach, describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { EXTENSION_ID, launchBrowser, openPopup, saveScreenshot, type TestBrowser } from "./harness/browser";
import { closeThenRemovePolicies, removePolicies, waitForManaged, writePolicy } from "./harness/policy";
import { startServer, type TestServer } from "./harness/server";

const POLICY = {
  organizationName: "Contoso",
  supportContact: "ai-help@contoso.example",
  acceptableUsePolicyUrl: "https://intranet.contoso.example/ai-policy",
  serviceStatuses: { chatgpt: "approved", gemini: "unapproved", deepseek: "blocked" },
  alternatives: { gemini: "Use Microsoft 365 Copilot with your work account." },
  extraGuidance: { "data-privacy": { do: ["Classify the document before you paste any of it."], dont: [] } },
  unapprovedAction: "notice",
  blockedAction: "block",
  // One bad value, so the popup's problem notice and the admin page's problem table are there too.
  defaultStatus: "maybe",
};

let server: TestServer | undefined;
let browser: TestBrowser | undefined;

afterEach(() => closeThenRemovePolicies(browser, server));

describe.each(["light", "dark"] as const)("policy pages in %s mode", (colorScheme) => {
  it("have no accessibility violations", async () => {
    removePolicies();
    writePolicy("a11y", POLICY);
    server = await startServer();
    browser = await launchBrowser({ serverPort: server.port, colorScheme });
    const worker = await browser.worker();
    await waitForManaged(worker, (m) => m.organizationName === "Contoso");

    const chat = await browser.visit("https://chatgpt.com/");
    const popup = await openPopup(browser.context, chat.tabId);
    await popup.waitForSelector("#org-name");
    await popup.waitForSelector(".policy-problems");
    expect(await axeViolations(popup)).toEqual([]);

    const gemini = await browser.visit("https://gemini.google.com/app");
    // The notice's shadow root is closed, so axe checks the page around it; the notice's own
    // markup is checked through DevTools in popup-policy.test.ts.
    await gemini.page.locator("ai-responsibility-notice").waitFor({ state: "attached" });
    expect(await axeViolations(gemini.page)).toEqual([]);

    const blocked = await browser.context.newPage();
    // The extension's redirect can abort this navigation: poll the URL instead of waiting on it.
    await blocked.goto("https://chat.deepseek.com/").catch(() => undefined);
    await expect.poll(() => blocked.url(), { timeout: 10_000 }).toContain(`chrome-extension://${EXTENSION_ID}/`);
    await blocked.waitForSelector("main[data-state=blocked]");
    expect(await axeViolations(blocked)).toEqual([]);
    await saveScreenshot(blocked, `blocked-${colorScheme}`);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/src/extension/options/index.html`);
    await options.waitForSelector("#problems");
    expect(await axeViolations(options)).toEqual([]);
    await saveScreenshot(options, `options-${colorScheme}`);
  });
});
