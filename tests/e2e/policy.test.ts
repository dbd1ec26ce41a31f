/**
 * Managed policy in the real Chromium: policy files in /etc/chromium/policies/managed/ (as root),
 * read by the browser and handed to the extension through storage.managed. Every file written
 * here is removed in afterAll, whatever happens.
 */
import type { Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUS_BADGE } from "../../src/engine/policy/status-badge";
import {
  badgeColor,
  badgeText,
  EXTENSION_ID,
  launchBrowser,
  openPopup,
  saveScreenshot,
  type TestBrowser,
  waitForBadge,
} from "./harness/browser";
import { loadModelFacts } from "./harness/model-facts";
import { closeThenRemovePolicies, removePolicies, waitForManaged, waitForValue, writePolicy } from "./harness/policy";
import { startServer, type TestServer } from "./harness/server";
import { clickToolbarButton } from "./harness/toolbar";

const facts = loadModelFacts();
const GREEN = STATUS_BADGE.approved.color;
const AMBER = STATUS_BADGE.tolerated.color;
const RED = STATUS_BADGE.unapproved.color;

const POLICY = {
  organizationName: "Contoso",
  supportContact: "ai-help@contoso.example",
  acceptableUsePolicyUrl: "https://intranet.contoso.example/ai-policy",
  defaultStatus: "tolerated",
  serviceStatuses: { chatgpt: "approved", gemini: "unapproved", deepseek: "blocked" },
  serviceVariants: { chatgpt: "chatgpt-enterprise" },
  modelOverrides: { claude: "private-saas" },
  customServices: [
    {
      id: "contoso-llm-gateway",
      name: "Contoso LLM Gateway",
      deploymentModel: "private-api",
      match: [{ host: "llm.corp.contoso.example" }],
    },
    {
      id: "contoso-azure-openai",
      name: "Contoso Azure OpenAI",
      category: "ml-platform",
      deploymentModel: "paas",
      match: [{ host: "contoso-prod.openai.azure.com" }],
    },
  ],
  disabledServices: ["perplexity"],
  extraGuidance: {
    "data-privacy": {
      do: ["Classify the document before you paste any of it."],
      dont: ["Never paste customer personal data."],
    },
  },
  alternatives: {
    gemini: "Use Microsoft 365 Copilot with your work account.",
    deepseek: "Use the Contoso LLM Gateway.",
  },
  unapprovedAction: "notice",
  blockedAction: "block",
  allowUserSettings: false,
};

let server: TestServer;
let browser: TestBrowser;
let worker: Worker;

beforeAll(async () => {
  removePolicies();
  writePolicy("main", POLICY);
  server = await startServer();
  browser = await launchBrowser({ serverPort: server.port });
  worker = await browser.worker();
  await waitForManaged(worker, (m) => m.organizationName === "Contoso");
});

afterAll(() => closeThenRemovePolicies(browser, server));

const visit = (url: string) => browser.visit(url);

const title = (tabId: number) => worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

describe("statuses, plans and overrides", () => {
  it("badges an approved service in the policy's plan, and the popup says who decided", async () => {
    const { page, tabId } = await visit("https://chatgpt.com/");
    await waitForBadge(worker, tabId, STATUS_BADGE.approved.text);
    expect(await badgeColor(worker, tabId)).toBe(GREEN);
    expect(await title(tabId)).toContain("approved by Contoso");

    const popup = await openPopup(browser.context, tabId);
    expect(await popup.textContent("#org-name")).toBe("Contoso");
    expect(await popup.getAttribute("#org-aup", "href")).toBe("https://intranet.contoso.example/ai-policy");
    expect(await popup.getAttribute("#service-status", "data-status")).toBe("approved");
    expect(await popup.getAttribute("main", "data-model")).toBe("private-saas");
    expect(await popup.textContent("#model-set-by")).toContain("ChatGPT Enterprise");
    expect(await popup.$("#variant-select")).toBeNull();
    expect(await popup.$(".policy-problems")).toBeNull();
    const privacy = popup.locator('li.domain[data-domain="data-privacy"]');
    expect(await privacy.locator(".org-do li").allTextContents()).toEqual([
      "Do: Classify the document before you paste any of it.",
    ]);
    expect(await privacy.locator(".org-dont li").allTextContents()).toEqual([
      "Don't: Never paste customer personal data.",
    ]);
    await saveScreenshot(popup, "popup-policy-chatgpt");
    await popup.close();
    await page.close();
  });

  it("applies a model override, and the default status to unlisted services", async () => {
    const { page, tabId } = await visit("https://claude.ai/new");
    await waitForBadge(worker, tabId, STATUS_BADGE.tolerated.text);
    expect(await badgeColor(worker, tabId)).toBe(AMBER);
    expect(await title(tabId)).toContain("tolerated by Contoso");
    await page.close();
  });

  it("switches off disabled services", async () => {
    const { page, tabId } = await visit("https://www.perplexity.ai/");
    await new Promise((r) => setTimeout(r, 500));
    expect(await badgeText(worker, tabId)).toBe("");
    await page.close();
  });
});

describe("custom services", () => {
  it("recognises the organisation's own Azure OpenAI resource, while other tenants stay the catalog's", async () => {
    const own = await visit("https://contoso-prod.openai.azure.com/openai/deployments");
    await waitForBadge(worker, own.tabId, STATUS_BADGE.approved.text);
    expect(await badgeColor(worker, own.tabId)).toBe(GREEN);
    expect(await title(own.tabId)).toContain("Contoso Azure OpenAI");
    const other = await visit("https://fabrikam.openai.azure.com/openai/deployments");
    await waitForBadge(worker, other.tabId, STATUS_BADGE.tolerated.text);
    expect(await badgeColor(worker, other.tabId)).toBe(AMBER);
    expect(await title(other.tabId)).toContain("Azure OpenAI / Azure AI Foundry");
    await own.page.close();
    await other.page.close();
  });

  it("badges an internal host the manifest does not list once the user clicks the toolbar button", async () => {
    // The extension cannot see this tab's URL yet: find the tab as the one that is new.
    const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
    const before = await tabIds();
    const page = await browser.context.newPage();
    await page.goto("https://llm.corp.contoso.example/v1/chat");
    const tabId = (await tabIds()).find((id) => !before.includes(id)) ?? -1;
    expect(await worker.evaluate(async (id) => (await chrome.tabs.get(id)).url ?? null, tabId)).toBeNull();
    expect(await badgeText(worker, tabId)).toBe("");
    await clickToolbarButton(browser.context, page);
    await waitForBadge(worker, tabId, STATUS_BADGE.approved.text);
    expect(await badgeColor(worker, tabId)).toBe(GREEN);
    const popup = await openPopup(browser.context, tabId);
    expect(await popup.textContent("#service-name")).toBe("Contoso LLM Gateway");
    expect(await popup.textContent("footer")).toContain("Added by your organisation's policy");
    await popup.close();
    await page.close();
  });
});

describe("enforcement", () => {
  it("shows a dismissible, keyboard-reachable notice on an unapproved service", async () => {
    const { page, tabId } = await visit("https://gemini.google.com/app");
    await waitForBadge(worker, tabId, STATUS_BADGE.unapproved.text);
    expect(await badgeColor(worker, tabId)).toBe(RED);
    const notice = page.locator("ai-responsibility-notice");
    await notice.waitFor({ state: "attached" });
    // The notice's root is closed (tests/e2e/popup-policy.test.ts reads it through DevTools); it
    // takes no focus, so Tab reaches its Dismiss button after the page's own controls.
    await saveScreenshot(page, "notice-gemini");
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Tab: the contact's mailto link first, then the Dismiss button.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe("ai-responsibility-notice");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator("ai-responsibility-notice").waitFor({ state: "detached" });
    // Dismissed stays dismissed while the app changes its route; a new page load asks again.
    await page.evaluate(() => history.pushState({}, "", "/app/another-chat"));
    await page.waitForTimeout(1000);
    expect(await page.locator("ai-responsibility-notice").count()).toBe(0);
    await page.reload();
    await notice.waitFor({ state: "attached" });
    await page.close();
  });

  it("replaces a blocked service with the block page, giving the reason and the alternative", async () => {
    const page = await browser.context.newPage();
    await page.goto("https://chat.deepseek.com/").catch(() => undefined);
    // The redirect can abort the first navigation: poll the URL rather than wait on that navigation.
    await expect
      .poll(() => page.url(), { timeout: 10_000 })
      .toBe(`chrome-extension://${EXTENSION_ID}/src/extension/blocked/index.html?service=deepseek`);
    await page.waitForSelector("main[data-state=blocked]");
    expect(await page.textContent("#blocked-title")).toBe("Contoso blocks DeepSeek Chat");
    expect(await page.textContent("#blocked-alternative")).toBe("Instead: Use the Contoso LLM Gateway.");
    await saveScreenshot(page, "blocked-deepseek");
    expect(page.url()).not.toContain("deepseek.com");
    await page.close();
  });
});

describe("policy changes while the browser runs", () => {
  it("applies an edited policy without a restart", async () => {
    const { page, tabId } = await visit("https://chatgpt.com/c/123");
    await waitForBadge(worker, tabId, STATUS_BADGE.approved.text);
    expect(await badgeColor(worker, tabId)).toBe(GREEN);
    writePolicy("main", {
      ...POLICY,
      serviceStatuses: { ...POLICY.serviceStatuses, chatgpt: "unapproved" },
      serviceVariants: {},
      unapprovedAction: "badge",
    });
    await waitForValue(() => badgeColor(worker, tabId), RED);
    expect(await badgeText(worker, tabId)).toBe(STATUS_BADGE.unapproved.text);
    expect(await title(tabId)).toContain("not approved by Contoso");
    await page.close();
  });

  it("survives a hostile policy: valid keys apply, the rest are listed for the admin", async () => {
    writePolicy("main", {
      organizationName: "<img src=x onerror=alert(1)>Evil",
      supportContact: "x".repeat(100_000),
      acceptableUsePolicyUrl: "javascript:alert(1)",
      defaultStatus: 42,
      serviceStatuses: { chatgpt: "approved", claude: "<b>blocked</b>", "no-such-service": "blocked" },
      customServices: [
        { id: "everything", name: "<script>alert(1)</script>", deploymentModel: "paas", match: [{ host: "*" }] },
        { id: "ok-one", name: "OK One", deploymentModel: "on-prem", match: [{ host: "ok.corp.example" }] },
      ],
      alternatives: { gemini: "<a href='javascript:alert(1)'>click</a>" },
      unapprovedAction: "explode",
    });
    const { page, tabId } = await visit("https://chatgpt.com/");
    await waitForValue(() => badgeColor(worker, tabId), GREEN);
    expect(await badgeText(worker, tabId)).toBe(STATUS_BADGE.approved.text);

    const popup = await openPopup(browser.context, tabId);
    await popup.waitForSelector(".policy-problems");
    expect(await popup.textContent(".policy-problems")).toMatch(/has \d+ problems/);
    expect(await popup.$("#org-name")).toBeNull();
    expect(await popup.$("img, script:not([src]), a[href^='javascript']")).toBeNull();
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/src/extension/options/index.html`);
    await options.waitForSelector("#problems");
    const keys = await options.$$eval("#problems tbody tr", (rows) => rows.map((r) => r.getAttribute("data-key")));
    expect(keys).toEqual(
      expect.arrayContaining([
        "organizationName",
        "supportContact",
        "acceptableUsePolicyUrl",
        "serviceStatuses.claude",
        "serviceStatuses.no-such-service",
        "customServices[0]",
        "alternatives.gemini",
        "unapprovedAction",
      ]),
    );
    expect(await options.textContent("#effective-policy")).toContain("ok-one");
    expect(await options.$("img")).toBeNull();
    const longest = await options.$$eval("#problems td", (cells) =>
      Math.max(...cells.map((c) => c.textContent?.length ?? 0)),
    );
    expect(longest).toBeLessThan(400);
    await saveScreenshot(options, "options-hostile-policy");
    await options.close();
    await page.close();
  });

  it("goes back to the catalog's view when the policy is removed", async () => {
    const { page, tabId } = await visit("https://chatgpt.com/");
    removePolicies();
    await waitForValue(() => badgeColor(worker, tabId), facts.badge("public-saas").color, 30_000);
    const popup = await openPopup(browser.context, tabId);
    expect(await popup.$(".organisation")).toBeNull();
    expect(await popup.$("#service-status")).toBeNull();
    await popup.close();
    await page.close();
  });
});
