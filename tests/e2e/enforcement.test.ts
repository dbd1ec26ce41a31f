/**
 * Enforcement before the request, in the real Chromium under a real policy file: blocked services
 * never reach the server (the local server records every request), the block page offers a way
 * out, path rules on shared hosts stay exact in any spelling, a policy edit lifts a block live,
 * and the justify interstitial asks once and honours its period. Policy files are removed in
 * afterAll, whatever happens.
 */
import type { Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { EXTENSION_ID, launchBrowser, saveScreenshot, type TestBrowser } from "./harness/browser";
import { closeThenRemovePolicies, removePolicies, waitForManaged, writePolicy } from "./harness/policy";
import { startServer, type TestServer } from "./harness/server";

const POLICY = {
  organizationName: "Contoso",
  supportContact: "ai-help@contoso.example",
  serviceStatuses: { deepseek: "blocked", "github-copilot": "blocked", chatgpt: "blocked", claude: "unapproved" },
  alternatives: { deepseek: "Use ChatGPT Enterprise with your Contoso account." },
  blockedAction: "block",
  unapprovedAction: "justify",
  justifyMinutes: 1,
};

let server: TestServer;
let browser: TestBrowser;
let worker: Worker;

const dynamicRules = () =>
  worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).map((r) => JSON.stringify(r)));

async function waitForRules(ready: (rules: string[]) => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string[] = [];
  while (Date.now() < deadline) {
    last = await dynamicRules();
    if (ready(last)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`rules never became ready: ${last.length} installed`);
}

const EXTENSION_PAGE = `chrome-extension://${EXTENSION_ID}/`;

/** Navigates and waits for the document's URL (a redirect to the extension can abort page.goto). */
async function open(page: Page, url: string, expected: string): Promise<void> {
  await page.goto(url).catch(() => undefined);
  await expect.poll(() => page.url(), { timeout: 10_000 }).toContain(expected);
}

const requestsTo = (host: string) => server.requests.filter((r) => r.host === host || r.host.endsWith(`.${host}`));

beforeAll(async () => {
  removePolicies();
  writePolicy("enforcement", POLICY);
  server = await startServer();
  browser = await launchBrowser({ serverPort: server.port });
  worker = await browser.worker();
  await waitForManaged(worker, (m) => m.organizationName === "Contoso");
  await waitForRules((rules) => rules.some((r) => r.includes("service=deepseek")));
});

afterAll(() => closeThenRemovePolicies(browser, server));

describe("blocking before the request", () => {
  it("sends zero requests to a blocked host and shows the block page with a way forward", async () => {
    server.requests.length = 0;
    const page = await browser.context.newPage();
    const started = Date.now();
    await open(page, "https://chat.deepseek.com/", EXTENSION_PAGE);
    await page.waitForSelector("main[data-state=blocked]");
    const shownMs = Date.now() - started;
    expect(requestsTo("deepseek.com")).toEqual([]);
    expect(await page.textContent("#blocked-title")).toBe("Contoso blocks DeepSeek Chat");
    expect(await page.textContent("#blocked-alternative")).toContain("Use ChatGPT Enterprise");
    const exception = await page.getAttribute("#request-exception", "href");
    expect(exception).toMatch(/^mailto:ai-help@contoso\.example\?subject=Exception%20request/);
    expect(page.url()).not.toContain("deepseek.com");
    console.log(`block page shown ${shownMs} ms after navigation start, 0 requests to deepseek.com`);
    await saveScreenshot(page, "enforcement-block-page");
    await page.close();
  });

  it("Back returns to the previous page, and stays there", async () => {
    const page = await browser.context.newPage();
    await open(page, "https://intranet.contoso.example/start", "intranet.contoso.example/start");
    await open(page, "https://chat.deepseek.com/c/1", EXTENSION_PAGE);
    await page.waitForSelector("main[data-state=blocked]");
    await page.click("#go-back");
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe("https://intranet.contoso.example/start");
    await new Promise((r) => setTimeout(r, 1000));
    expect(page.url()).toBe("https://intranet.contoso.example/start");
    await page.close();
  });

  it("keeps github.com reachable while every spelling of github.com/copilot is blocked", async () => {
    server.requests.length = 0;
    const page = await browser.context.newPage();
    await open(page, "https://github.com/", "https://github.com/");
    expect(await page.textContent("h1")).toContain("github.com/");
    for (const url of [
      "https://github.com/copilot",
      "https://github.com//copilot",
      "https://github.com/%63opilot",
      "https://github.com/settings/copilot",
    ]) {
      await open(page, "https://github.com/", "https://github.com/");
      await open(page, url, EXTENSION_PAGE);
    }
    const paths = requestsTo("github.com")
      .map((r) => r.url)
      .filter((p) => p !== "/favicon.ico");
    expect(paths.filter((p) => p !== "/")).toEqual([]);
    expect(paths.length).toBeGreaterThan(0);
    await page.close();
  });

  it("blocks a host written with a trailing dot", async () => {
    server.requests.length = 0;
    const page = await browser.context.newPage();
    await open(page, "https://chatgpt.com./", EXTENSION_PAGE);
    expect(requestsTo("chatgpt.com.").length + requestsTo("chatgpt.com").length).toBe(0);
    await page.close();
  });
});

describe("justify", () => {
  it("asks once for a reason, opens the service, keeps the reason on the device without a URL, and asks again after the period", async () => {
    server.requests.length = 0;
    const page = await browser.context.newPage();
    await open(page, "https://claude.ai/new", EXTENSION_PAGE);
    await page.waitForSelector("main[data-state=justify]");
    expect(requestsTo("claude.ai")).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, "enforcement-justify");
    await page.check("input[value='Trying it out for an evaluation']");
    await page.fill("#detail", "Comparing summaries for the Q4 review");
    await page.click("#justify-continue");
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe("https://claude.ai/");
    expect(requestsTo("claude.ai").length).toBeGreaterThan(0);

    // Within the period: not asked again.
    await open(page, "https://claude.ai/new", "https://claude.ai/new");

    const stored = await worker.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
    }));
    const record = stored.local["justify:claude"] as Record<string, unknown>;
    expect(Object.keys(record).sort()).toEqual(["at", "detail", "reason", "serviceId", "until"]);
    expect(record.reason).toBe("Trying it out for an evaluation");
    expect(record.detail).toBe("Comparing summaries for the Q4 review");
    // The tab record keeps the matched catalog rule ("claude.ai"), never the address visited.
    expect(JSON.stringify(stored)).not.toMatch(/https?:\/\/[^"]*claude|claude\.ai\/new/);
    expect((record.until as number) - (record.at as number)).toBe(60_000);

    // After the period (1 minute; the alarm lifts the allowance): asked again, before the request.
    await new Promise((r) => setTimeout(r, Math.max(0, (record.until as number) - Date.now()) + 1500));
    await waitForRules((rules) => rules.some((r) => r.includes("justify/index.html?service=claude")), 40_000);
    server.requests.length = 0;
    await open(page, "https://claude.ai/new", EXTENSION_PAGE);
    await page.waitForSelector("#justify-last");
    expect(await page.textContent("#justify-last")).toContain("Trying it out for an evaluation");
    expect(requestsTo("claude.ai")).toEqual([]);
    await page.close();
  }, 120_000);
});

describe("policy edits", () => {
  it("lifts a block live when the policy changes", async () => {
    writePolicy("enforcement", { ...POLICY, serviceStatuses: { ...POLICY.serviceStatuses, deepseek: "approved" } });
    await waitForRules((rules) => !rules.some((r) => r.includes("service=deepseek")), 30_000);
    server.requests.length = 0;
    const page = await browser.context.newPage();
    await open(page, "https://chat.deepseek.com/", "https://chat.deepseek.com/");
    expect(requestsTo("deepseek.com").length).toBeGreaterThan(0);
    await page.close();
  });

  it("removes every rule with the policy", async () => {
    removePolicies();
    await waitForRules((rules) => rules.length === 0, 30_000);
  });
});
