/**
 * The audit's hostile inputs against the built extension in Chromium:
 * 1. URLs with a long fragment, query or path are still badged;
 * 3. odd path spellings (//copilot, %63opilot) are badged as the path rule's service;
 * 4. a custom service with the id `constructor` is badged (the worker does not throw);
 * 6. the content-script world (where a compromised renderer of an AI vendor's page runs) gets no
 *    answer to the popup's and admin page's requests, cannot speak for another URL or tab, and
 *    cannot forge the policy the worker uses after a restart.
 * The content-script world is reached through the DevTools protocol: the isolated world Chromium
 * creates for this extension's content script in the page, with its real chrome.* API.
 */
import type { BrowserContext, CDPSession, Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUS_BADGE } from "../../src/engine/policy/status-badge";
import {
  badgeText,
  EXTENSION_ID,
  launchBrowser,
  openPopup,
  saveScreenshot,
  stopServiceWorker,
  type TestBrowser,
  tabIdFor,
  waitForBadge,
} from "./harness/browser";
import { loadModelFacts } from "./harness/model-facts";
import { closeThenRemovePolicies, removePolicies, waitForManaged, writePolicy } from "./harness/policy";
import { startServer, type TestServer } from "./harness/server";
import { clickToolbarButton } from "./harness/toolbar";

const facts = loadModelFacts();
const PUB = facts.badge("public-saas").text;
const CODE = facts.badge("code-copilot").text;

let server: TestServer;
let browser: TestBrowser | undefined;
let worker: Worker;

function open(): TestBrowser {
  if (browser === undefined) throw new Error("Chromium did not start");
  return browser;
}

/**
 * Opens `url`; the tab id is looked up by the URL Chromium shows (it may re-spell the path), so
 * each test uses its own URL (a page a failed test left open must not be taken for it).
 */
async function visit(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await open().context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdFor(worker, page.url()) };
}

/** Evaluates `expression` in this extension's content-script world of `page`. */
async function inContentScript(context: BrowserContext, page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on("Runtime.executionContextCreated", (event) => worlds.push(event.context));
  await cdp.send("Runtime.enable");
  try {
    const deadline = Date.now() + 10_000;
    let world = worlds.find((w) => w.auxData?.type === "isolated" && w.origin.includes(EXTENSION_ID));
    while (world === undefined && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      world = worlds.find((w) => w.auxData?.type === "isolated" && w.origin.includes(EXTENSION_ID));
    }
    if (world === undefined) throw new Error("the extension's content script never ran in this page");
    const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails !== undefined) throw new Error(exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** A message sent from the content-script world: its answer as JSON, or "refused: ..." */
function sendFromContentScript(page: Page, message: Record<string, unknown>): Promise<unknown> {
  return inContentScript(
    open().context,
    page,
    `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((a) => JSON.stringify(a ?? null), (e) => "refused: " + e.message)`,
  );
}

/** Sends a request from one of the extension's own pages (the popup), as the popup does. */
async function sendFromPopup(popup: Page, message: Record<string, unknown>): Promise<unknown> {
  return popup.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

describe("without an admin policy", () => {
  beforeAll(async () => {
    removePolicies();
    server = await startServer();
    browser = await launchBrowser({ serverPort: server.port });
    worker = await browser.worker();
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });

  it.each([
    ["a 9,000-character fragment", `https://chatgpt.com/#${"a".repeat(9000)}`, PUB],
    ["a 9,000-character query", `https://chatgpt.com/?q=${"a".repeat(9000)}`, PUB],
    ["a 9,000-character path", `https://github.com/copilot/${"a".repeat(9000)}`, CODE],
    ["duplicate slashes", "https://github.com//copilot", CODE],
    ["an escaped letter", "https://github.com/%63opilot", CODE],
  ])("badges a URL with %s", async (_what, url, badge) => {
    const { page, tabId } = await visit(url);
    await waitForBadge(worker, tabId, badge);
    await page.close();
  });

  it("answers no popup or admin request from the content-script world", async () => {
    const other = await visit("https://github.com/copilot?case=other-tab");
    const { page, tabId } = await visit("https://chatgpt.com/?case=messages");
    await waitForBadge(worker, tabId, PUB);
    for (const message of [
      { type: "policy-view" },
      { type: "tab-view", tabId: other.tabId },
      { type: "blocked-view", serviceId: "chatgpt" },
      { type: "choose-variant", tabId, serviceId: "chatgpt", variantId: "chatgpt-enterprise" },
    ]) {
      const answer = await sendFromContentScript(page, message);
      expect(String(answer), message.type).not.toMatch(/"kind"|"policy"|"problems"|"serviceName"/);
    }
    // The plan choice did not happen: the popup (an extension page) still sees no chosen plan.
    const popup = await openPopup(open().context, tabId);
    const view = (await sendFromPopup(popup, { type: "tab-view", tabId })) as { chosenVariantId: string | null };
    expect(view.chosenVariantId).toBe(null);
    await popup.close();
    await other.page.close();
    await page.close();
  });

  it("takes page-changed about the sender's own tab and URL, never a URL in the message", async () => {
    const { page, tabId } = await visit("https://chatgpt.com/?case=page-changed");
    await waitForBadge(worker, tabId, PUB);
    const answer = await sendFromContentScript(page, { type: "page-changed", url: "https://github.com/copilot" });
    expect(String(answer)).toContain('"ok":true');
    // Give a wrong answer time to land, then check the badge still says what the tab shows.
    await new Promise((r) => setTimeout(r, 500));
    expect(await badgeText(worker, tabId)).toBe(PUB);
    await page.close();
  });

  it("does not let a content-script write change the policy in effect after a worker restart", async () => {
    const { page, tabId } = await visit("https://chatgpt.com/?case=forgery");
    await waitForBadge(worker, tabId, PUB);
    const forged = { organizationName: "Forged Corp", serviceStatuses: { chatgpt: "blocked" } };
    const write = await inContentScript(
      open().context,
      page,
      `Promise.all([
         chrome.storage.local.set({ "policy:managed-copy": ${JSON.stringify(forged)} }).then(() => "written", (e) => "refused: " + e.message),
         chrome.storage.session ? chrome.storage.session.set({ "policy:managed-copy": ${JSON.stringify(forged)} }).then(() => "written", (e) => "refused: " + e.message) : "no session area",
       ]).then((r) => r.join(" / "))`,
    );
    // storage.session is never open to content scripts; storage.local is closed where Chromium can.
    expect(String(write)).toMatch(/^(written|refused: .*) \/ (refused: .*|no session area)$/);
    console.log(`content-script writes: ${write}`);
    await stopServiceWorker(open().context);
    const popup = await openPopup(open().context, tabId);
    const policy = (await sendFromPopup(popup, { type: "policy-view" })) as { policy: Record<string, unknown> };
    expect(policy.policy).toEqual({});
    const view = (await sendFromPopup(popup, { type: "tab-view", tabId })) as {
      status: string | null;
      organisation: unknown;
    };
    expect(view.status).toBe(null);
    expect(view.organisation).toBe(null);
    expect(await popup.textContent("body")).not.toContain("Forged Corp");
    await popup.close();
    await page.close();
  });
});

describe("with a policy holding prototype ids, a public suffix, a shadowed host and bidi text", () => {
  const POLICY = {
    organizationName: "Contoso",
    supportContact: "help\u202e@contoso.example",
    customServices: [
      {
        id: "constructor",
        name: "Constructor AI",
        deploymentModel: "public-saas",
        match: [{ host: "ctor.contoso.example" }],
      },
      { id: "pages", name: "Pages", deploymentModel: "public-saas", match: [{ host: "*.github.io" }] },
      { id: "our-chat", name: "Our Chat", deploymentModel: "private-saas", match: [{ host: "chatgpt.com" }] },
    ],
    serviceStatuses: { chatgpt: "blocked", claude: "approved" },
    alternatives: {},
    modelOverrides: {},
  };

  beforeAll(async () => {
    removePolicies();
    writePolicy("hostile", POLICY);
    browser = await launchBrowser({ serverPort: server.port });
    worker = await browser.worker();
    await waitForManaged(worker, (m) => m.organizationName === "Contoso");
  });
  afterAll(() => closeThenRemovePolicies(browser, server));

  it("reports the public suffix, the shadowed host and the bidi text to the admin, each with what applies", async () => {
    const { page, tabId } = await visit("https://claude.ai/?case=admin-view");
    const popup = await openPopup(open().context, tabId);
    const view = (await sendFromPopup(popup, { type: "policy-view" })) as {
      policy: { supportContact?: string; customServices?: { id: string }[] };
      problems: { key: string; message: string; fallback: string }[];
    };
    expect(view.policy.supportContact).toBeUndefined();
    expect(view.policy.customServices?.map((s) => s.id)).toEqual(["constructor", "our-chat"]);
    const byKey = new Map(view.problems.map((p) => [p.key, p]));
    expect(byKey.get("supportContact")?.message).toContain("U+202E");
    expect(byKey.get("customServices[1]")?.message).toContain("public suffix");
    expect(byKey.get("customServices.our-chat")?.message).toContain("ChatGPT (chatgpt)");
    expect(byKey.get("customServices.our-chat")?.fallback).toContain("stricter status applies: blocked");
    await popup.close();
    await page.close();
  });

  it("keeps the block of a catalog service whose host a custom service claims", async () => {
    const page = await open().context.newPage();
    await page.goto("https://chatgpt.com/?case=shadowed").catch(() => undefined);
    // The redirect can abort the first navigation: poll the URL rather than wait on that navigation.
    await expect
      .poll(() => page.url(), { timeout: 10_000 })
      .toBe(`chrome-extension://${EXTENSION_ID}/src/extension/blocked/index.html?service=our-chat`);
    await page.waitForSelector("main[data-state=blocked]");
    expect(await page.textContent("#blocked-title")).toBe("Contoso blocks Our Chat");
    await saveScreenshot(page, "hostile-blocked-shadowed-host");
    await page.close();
  });

  it("badges the custom service `constructor` after a toolbar click, and the popup names it", async () => {
    const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
    const before = await tabIds();
    const page = await open().context.newPage();
    await page.goto("https://ctor.contoso.example/");
    const tabId = (await tabIds()).find((id) => !before.includes(id)) ?? -1;
    await clickToolbarButton(open().context, page);
    // A custom service the policy does not list is approved: the badge shows that status.
    await waitForBadge(worker, tabId, STATUS_BADGE.approved.text);
    const popup = await openPopup(open().context, tabId);
    expect(await popup.textContent("#service-name")).toBe("Constructor AI");
    await popup.close();
    await page.close();
  });
});
