/**
 * Starts Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with the built extension
 * (dist/firefox) installed as a temporary add-on, every https:// hostname tunnelled to the local
 * HTTPS server (connect-proxy.ts), and gives tests what they need: pages, tab ids, badges and the
 * popup. The extension's API is reached from one of its own pages opened in a tab, where Firefox
 * exposes `browser.*` (the background page is not a BiDi browsing context).
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { PROJECT_ROOT, RESULTS_DIR } from "./browser";
import { type ConnectProxy, startConnectProxy } from "./connect-proxy";

export const DIST_FIREFOX = join(PROJECT_ROOT, "dist/firefox");
export const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

export const GECKO_ID = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, "manifest.json"), "utf8")) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;

/** Fixed through the extensions.webextensions.uuids pref, so moz-extension:// URLs are known. */
export const EXTENSION_UUID = "6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The part of Firefox's extension API the tests use; extension pages expose it as `browser`. */
interface ExtensionApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
  };
  permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
}
declare const browser: ExtensionApi;

export interface FirefoxBrowser {
  browser: Browser;
  proxy: ConnectProxy;
  /** An extension page (the options page) in its own tab: evaluates the extension's API. */
  api: Page;
  /** Opens `url` in a new tab; returns the page and the tab's id as the extension sees it. */
  visit(url: string): Promise<{ page: Page; tabId: number }>;
  /** What Firefox wrote to stdout and stderr so far (console messages with the `consoleToOutput` option). */
  output(): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  serverPort: number;
  /** A profile folder to start with (its files, such as extension-preferences.json, are read at start). */
  profileDir?: string;
  /** Echo every console message (web pages, the add-on's pages and background, browser chrome) to stdout. */
  consoleToOutput?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function launchFirefox(options: LaunchOptions): Promise<FirefoxBrowser> {
  const proxy = await startConnectProxy(options.serverPort);
  // Not named `browser`: that is the extension API inside the functions evaluated in pages.
  let instance: Browser | undefined;
  try {
    instance = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      // Firefox 153 lets WebDriver navigate to moz-extension:// pages only with system access.
      args: ["--remote-allow-system-access"],
      defaultViewport: { width: 1000, height: 800 },
      ...(options.profileDir === undefined ? {} : { userDataDir: options.profileDir }),
      extraPrefsFirefox: {
        // Every http(s) request, whatever its hostname, goes through the CONNECT proxy.
        "network.proxy.type": 1,
        "network.proxy.ssl": "127.0.0.1",
        "network.proxy.ssl_port": proxy.port,
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": proxy.port,
        "network.proxy.no_proxies_on": "",
        "network.proxy.allow_hijacking_localhost": true,
        "network.dns.disableIPv6": true,
        // No DNS-over-HTTPS, no HTTP/3: nothing that would bypass the proxy.
        "network.trr.mode": 5,
        "network.http.http3.enable": false,
        "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        ...(options.consoleToOutput === true
          ? { "devtools.console.stdout.content": true, "devtools.console.stdout.chrome": true }
          : {}),
      },
    });
    const chunks: string[] = [];
    const child = instance.process();
    for (const stream of [child?.stdout, child?.stderr])
      stream?.on("data", (data: Buffer) => chunks.push(String(data)));
    const id = await instance.installExtension(DIST_FIREFOX);
    if (id !== GECKO_ID) throw new Error(`installed add-on ${id}, expected ${GECKO_ID}`);
    const api = await openExtensionPage(instance, "src/extension/options/index.html");
    await waitFor(() => api.evaluate(() => typeof browser?.tabs?.query === "function"), true, 10_000);
    const opened = instance;
    return {
      browser: opened,
      proxy,
      api,
      async visit(url) {
        const page = await opened.newPage();
        await page.goto(url);
        return { page, tabId: await tabIdFor(api, url) };
      },
      output: () => chunks.join(""),
      async close() {
        await opened.close();
        await proxy.close();
      },
    };
  } catch (error) {
    await instance?.close();
    await proxy.close();
    throw error;
  }
}

/** Polls `read` until it returns `expected` (compared as JSON), or throws with the last value. */
export async function waitFor<T>(read: () => Promise<T>, expected: T, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await sleep(50);
  }
  throw new Error(`expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`);
}

/** The tab id of the tab showing `url` (a host the extension may see). */
export async function tabIdFor(api: Page, url: string, timeoutMs = 5000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const id = await api.evaluate(async (wanted) => {
      const all = await browser.tabs.query({});
      return all.find((t) => t.url === wanted)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await sleep(100);
  }
  const seen = await api.evaluate(async () => (await browser.tabs.query({})).map((t) => t.url ?? "(hidden)"));
  throw new Error(`no tab shows ${url}; the extension sees ${JSON.stringify(seen)}`);
}

/** Host permissions the extension holds (Firefox grants an MV3 add-on's host_permissions at install). */
export async function grantedOrigins(api: Page): Promise<string[]> {
  return api.evaluate(async () => (await browser.permissions.getAll()).origins ?? []);
}

export function badgeText(api: Page, tabId: number): Promise<string> {
  return api.evaluate((id) => browser.action.getBadgeText({ tabId: id }), tabId);
}

export async function badgeColor(api: Page, tabId: number): Promise<string> {
  const rgba = await api.evaluate((id) => browser.action.getBadgeBackgroundColor({ tabId: id }), tabId);
  return `#${rgba
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, "0"))
    .join("")}`;
}

export function waitForBadge(api: Page, tabId: number, expected: string, timeoutMs = 5000): Promise<void> {
  return waitFor(() => badgeText(api, tabId), expected, timeoutMs).catch((error: Error) => {
    throw new Error(`badge of tab ${tabId}: ${error.message}`);
  });
}

/**
 * Opens one of the extension's pages in a new tab. Firefox 153 loads moz-extension:// pages for
 * WebDriver BiDi but never reports the navigation as finished, so page.goto() would hang until its
 * timeout: start it without waiting (it settles when the page closes) and poll the document instead.
 */
export async function openExtensionPage(
  firefox: Browser,
  path: string,
  viewport = { width: 1000, height: 800 },
): Promise<Page> {
  const page = await firefox.newPage();
  await page.setViewport(viewport);
  const url = `${EXTENSION_ORIGIN}/${path}`;
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  const loaded = () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => "navigating");
  await waitFor(loaded, `${url} complete`, 10_000);
  return page;
}

/** Opens the popup as a page describing `tabId`, waits until it has rendered its data. */
export async function openPopup(firefox: Browser, tabId: number): Promise<Page> {
  const popup = await openExtensionPage(firefox, `src/extension/popup/index.html?tabId=${tabId}`, {
    width: 400,
    height: 600,
  });
  await popup.waitForSelector("main[data-state]", { timeout: 10_000 });
  return popup;
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
