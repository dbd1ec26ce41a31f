/**
 * Enforcement in the real Firefox ESR: tenant headers with exact values only on the vendors'
 * hosts, and blocking before the request for a trailing-dot host and for path spellings on a
 * shared host. Firefox reads policies.json once, at start-up: each part starts its own Firefox
 * with its own policy file, removed afterwards whatever happens.
 */
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTENSION_ORIGIN, type FirefoxBrowser, launchFirefox, saveScreenshot, waitFor } from "./harness/firefox";
import { closeThenRemoveFirefoxPolicy, waitForManaged, writeFirefoxPolicy } from "./harness/firefox-policy";
import { startServer, type TestServer } from "./harness/server";
import { EXPECTED_HEADERS, PINNING_POLICY, visitAndFetch } from "./harness/tenant-pinning";

interface DnrApi {
  declarativeNetRequest: {
    getDynamicRules(): Promise<{ id: number; action: { redirect?: { extensionPath?: string } } }[]>;
  };
}
declare const browser: DnrApi;

function useFirefox(policy: Record<string, unknown>) {
  const session: { server?: TestServer; firefox?: FirefoxBrowser } = {};
  beforeAll(async () => {
    writeFirefoxPolicy(policy);
    session.server = await startServer();
    session.firefox = await launchFirefox({ serverPort: session.server.port });
    await waitForManaged(session.firefox.api, (m) => m.organizationName === "Contoso");
    await waitFor(
      () =>
        session.firefox?.api.evaluate(async () => (await browser.declarativeNetRequest.getDynamicRules()).length > 0) ??
        Promise.resolve(false),
      true,
      15_000,
    );
  });
  afterAll(() => closeThenRemoveFirefoxPolicy(session.firefox, session.server));
  return session;
}

/** Starts a navigation without waiting on it (Firefox does not report redirects to the extension as finished). */
async function navigate(page: Page, url: string, expected: string): Promise<void> {
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  const href = () => page.evaluate(() => location.href).catch(() => "");
  await waitFor(async () => (await href()).startsWith(expected), true, 10_000).catch(async (error: Error) => {
    throw new Error(`${url}: the tab shows ${await href()}, not ${expected}... (${error.message})`);
  });
}

describe("tenant pinning in Firefox", () => {
  const session = useFirefox(PINNING_POLICY);

  const visit = (host: string) =>
    visitAndFetch(session.server as TestServer, () => (session.firefox as FirefoxBrowser).browser.newPage(), host);

  it.each(Object.entries(EXPECTED_HEADERS))("%s receives exactly its vendor's headers", async (host, expected) => {
    const { doc, fetched } = await visit(host);
    expect(doc).toEqual(expected);
    expect(fetched).toEqual(expected);
  });

  it("other hosts receive none", async () => {
    for (const host of ["example.org", "gemini.google.com"]) {
      const { doc, fetched } = await visit(host);
      expect(doc).toEqual({});
      expect(fetched).toEqual({});
    }
  });
});

describe("blocking before the request in Firefox", () => {
  const session = useFirefox({
    organizationName: "Contoso",
    serviceStatuses: { chatgpt: "blocked", "github-copilot": "blocked" },
    blockedAction: "block",
  });

  it("blocks chatgpt.com written with a trailing dot, with zero requests", async () => {
    const server = session.server as TestServer;
    server.requests.length = 0;
    for (const url of ["https://chatgpt.com/", "https://chatgpt.com./"]) {
      const page = await (session.firefox as FirefoxBrowser).browser.newPage();
      await navigate(page, url, EXTENSION_ORIGIN);
      const state = () => page.evaluate(() => document.querySelector("main")?.getAttribute("data-state") ?? "none");
      await waitFor(state, "blocked", 10_000);
      if (url.endsWith("./")) await saveScreenshot(page, "firefox-block-page");
      await page.close();
    }
    expect(server.requests.filter((r) => r.host.startsWith("chatgpt.com")).map((r) => r.host + r.url)).toEqual([]);
  });

  it("keeps github.com reachable while github.com//copilot and github.com/%63opilot are blocked", async () => {
    const server = session.server as TestServer;
    const page = await (session.firefox as FirefoxBrowser).browser.newPage();
    server.requests.length = 0;
    await page.goto("https://github.com/");
    for (const url of ["https://github.com/copilot", "https://github.com//copilot", "https://github.com/%63opilot"]) {
      await navigate(page, url, EXTENSION_ORIGIN);
      await navigate(page, "https://github.com/", "https://github.com/");
    }
    const paths = server.requests.filter((r) => r.host === "github.com").map((r) => r.url);
    expect(paths.filter((p) => p !== "/" && p !== "/favicon.ico")).toEqual([]);
    expect(paths).toContain("/");
    await page.close();
  });
});
