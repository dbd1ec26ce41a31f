/**
 * Starts Debian's Chromium with the built extension (dist/chrome), every hostname mapped to the
 * local HTTPS server, and gives tests the handles they need: pages, the service worker, tab ids,
 * badges, and the popup.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";
import { manifestExtensionIds } from "../../../src/node/extension-id";

export const PROJECT_ROOT = resolve(import.meta.dirname, "../../..");
export const DIST_CHROME = join(PROJECT_ROOT, "dist/chrome");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const EXTENSION_ID = manifestExtensionIds().chrome;

export interface LaunchOptions {
  /** Port of the local HTTPS server (startServer) that every hostname is mapped to; omit it for
   * tests that open only the extension's own pages. */
  serverPort?: number;
  /** Load dist/chrome unpacked (default). False: rely on policy to force-install it. */
  loadExtension?: boolean;
  /** Keep background networking on (needed for force-install from an update URL). */
  backgroundNetworking?: boolean;
  colorScheme?: "light" | "dark";
  /** A profile to start from and keep (the caller removes it); default a fresh one, removed on close. */
  userDataDir?: string;
}

export interface TestBrowser {
  context: BrowserContext;
  worker(): Promise<Worker>;
  /** Opens `url` in a new tab; returns the page and the tab's id as the extension sees it. */
  visit(url: string): Promise<{ page: Page; tabId: number }>;
  close(): Promise<void>;
}

export async function launchBrowser(options: LaunchOptions): Promise<TestBrowser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), "e2e-profile-"));
  const loadExtension = options.loadExtension ?? true;
  const args = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--ignore-certificate-errors",
  ];
  if (options.serverPort !== undefined) {
    args.push(`--host-resolver-rules=MAP * 127.0.0.1:${options.serverPort}, EXCLUDE localhost`);
  }
  if (!options.backgroundNetworking) args.push("--disable-background-networking");
  if (loadExtension) args.push(`--disable-extensions-except=${DIST_CHROME}`, `--load-extension=${DIST_CHROME}`);
  const ignoreDefaultArgs = ["--disable-extensions"];
  if (options.backgroundNetworking) ignoreDefaultArgs.push("--disable-background-networking");
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs,
    colorScheme: options.colorScheme ?? "light",
    viewport: { width: 1000, height: 800 },
  });
  const worker = async (): Promise<Worker> => {
    const running = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`));
    if (running !== undefined) return running;
    return context.waitForEvent("serviceworker", {
      predicate: (w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`),
      timeout: 20_000,
    });
  };
  return {
    context,
    worker,
    async visit(url) {
      const page = await context.newPage();
      await page.goto(url);
      return { page, tabId: await tabIdFor(await worker(), url) };
    },
    async close() {
      await context.close();
      if (options.userDataDir === undefined) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The tab id of the tab showing `url` (a host the extension may see). */
export async function tabIdFor(worker: Worker, url: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = await worker.evaluate(async (wanted) => {
      const all = await chrome.tabs.query({});
      return all.find((t) => t.url === wanted)?.id ?? null;
    }, url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab shows ${url}`);
}

export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function badgeColor(worker: Worker, tabId: number): Promise<string> {
  const rgba = await worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
  return `#${rgba
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, "0"))
    .join("")}`;
}

/** Polls until the badge of a tab reads `expected` (the badge is set asynchronously). */
export async function waitForBadge(worker: Worker, tabId: number, expected: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    last = await badgeText(worker, tabId);
    if (last === expected) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`badge of tab ${tabId} is "${last}", expected "${expected}"`);
}

/** Opens the popup as a page describing `tabId`, waits until it has rendered its data. */
export async function openPopup(context: BrowserContext, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${EXTENSION_ID}/src/extension/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector("main[data-state]");
  return popup;
}

/**
 * Stops the extension's service worker through the DevTools protocol, as Chrome does after 30 s
 * idle. Playwright keeps the same Worker handle across the restart that the next event causes.
 */
export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  // A session on an extension page reaches the extension's own workers.
  await page.goto(`chrome-extension://${EXTENSION_ID}/manifest.json`);
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on("ServiceWorker.workerVersionUpdated", (event) => {
      if (event.versions.some((v) => v.scriptURL.includes(EXTENSION_ID) && v.runningStatus === "stopped")) resolve();
    });
  });
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await stopped;
  await cdp.detach();
  await page.close();
}

export const RESULTS_DIR = join(PROJECT_ROOT, "test-results");

/** Saves a full-page screenshot under test-results/ for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}
