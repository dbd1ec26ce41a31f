/**
 * `npm run bench:browser`: the built extension (dist/chrome) in Debian's Chromium, timed from
 * outside the extension, the way a person waits for it.
 *
 * - Badge: from the start of page.goto() to the first poll (every POLL_MS) that reads a badge on
 *   the tab; also from the navigation's commit, before which the extension cannot know the URL.
 *   Warm: the service worker is running. Cold: it was stopped first
 *   (ServiceWorker.stopAllWorkers), so the navigation has to start it; each cold run checks that
 *   a new worker did start.
 * - Popup: from the start of the popup page's navigation to the first poll that finds
 *   main[data-state] (the rendered data). Also reported, from inside the popup
 *   (performance.now(), from its navigation's time origin): HTML received, scripts run
 *   (DOMContentLoaded), data rendered (main[data-state] appeared).
 *
 * The badge is read from an extension page that runs none of our code, so polling never wakes the
 * worker. `--runs N` (default 20), `--json` for one JSON object on stdout.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import budgets from "../bench/budgets.json" with { type: "json" };
import {
  CHROMIUM,
  DIST_CHROME,
  EXTENSION_ID,
  launchBrowser,
  stopServiceWorker,
  type TestBrowser,
  tabIdFor,
} from "../tests/e2e/harness/browser";
import { startServer } from "../tests/e2e/harness/server";

const POLL_MS = 5;
const TIMEOUT_MS = 10_000;
/** Pages of catalog services, visited in turn (each run on a fresh tab). */
const AI_URLS = [
  "https://chatgpt.com/",
  "https://claude.ai/new",
  "https://gemini.google.com/app",
  "https://github.com/copilot",
  "https://platform.openai.com/docs",
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

interface Stats {
  runs: number;
  medianMs: number;
  p90Ms: number;
  minMs: number;
  maxMs: number;
}

function stats(values: number[]): Stats {
  const sorted = values.slice().sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] as number;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    runs: sorted.length,
    medianMs: round(at(0.5)),
    p90Ms: round(at(0.9)),
    minMs: round(sorted[0] as number),
    maxMs: round(sorted[sorted.length - 1] as number),
  };
}

/** An extension page with no script of ours: it can read badges without waking the worker. */
async function badgeReader(context: BrowserContext): Promise<(tabId: number) => Promise<string>> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/manifest.json`);
  return (tabId) => page.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function pollUntil(check: () => Promise<boolean>): Promise<void> {
  const deadline = now() + TIMEOUT_MS;
  while (!(await check())) {
    if (now() > deadline) throw new Error("timed out");
    await sleep(POLL_MS);
  }
}

interface BadgeTiming {
  /** From the start of page.goto() to the first poll that shows the badge. */
  total: number;
  /** From the navigation's commit (when the tab has its new URL) to the same poll. */
  afterCommit: number;
}

async function timeBadge(page: Page, tabId: number, url: string, readBadge: (id: number) => Promise<string>) {
  if ((await readBadge(tabId)) !== "") throw new Error(`tab ${tabId} already has a badge`);
  const start = now();
  let committedAt = Number.NaN;
  const navigation = page.goto(url, { waitUntil: "commit" }).then(() => {
    committedAt = now();
  });
  await pollUntil(async () => (await readBadge(tabId)) !== "");
  const shownAt = now();
  await navigation;
  await page.waitForLoadState("load");
  // The commit can be reported after the badge poll (both travel over CDP): count that as 0.
  return { total: shownAt - start, afterCommit: Math.max(0, shownAt - committedAt) } satisfies BadgeTiming;
}

/** When the running service worker started: a new value means a new worker. */
async function workerStartedAt(browser: TestBrowser): Promise<number> {
  return (await browser.worker()).evaluate(() => performance.timeOrigin);
}

/**
 * A new tab on a page no rule matches, and its id (asked of the worker, which the navigation woke).
 * The page is on a shared host the extension may read (github.com), outside its AI paths.
 */
async function freshTab(browser: TestBrowser, run: number): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  const url = `https://github.com/measure/${run}`;
  await page.goto(url);
  return { page, tabId: await tabIdFor(await browser.worker(), url) };
}

// Runs in the popup before its own scripts: notes when the rendered data appears.
function markRendered(): void {
  const w = window as unknown as { __renderedAt?: number };
  const observer = new MutationObserver(() => {
    if (w.__renderedAt === undefined && document.querySelector("main[data-state]") !== null) {
      w.__renderedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

interface PopupTiming {
  /** From the start of the navigation to the first poll that finds main[data-state]. */
  outside: number;
  /** Inside the popup, from its time origin: when main[data-state] appeared. */
  rendered: number;
  /** Inside the popup: DOMContentLoaded ended (its module scripts have run; data not there yet). */
  scriptsRan: number;
  /** Inside the popup: its HTML has arrived (the navigation itself, before any of our code). */
  htmlReceived: number;
}

async function timePopup(context: BrowserContext, tabId: number): Promise<PopupTiming> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  const start = now();
  await popup.goto(`chrome-extension://${EXTENSION_ID}/src/extension/popup/index.html?tabId=${tabId}`, {
    waitUntil: "commit",
  });
  await popup.waitForFunction(() => document.querySelector("main[data-state]") !== null, undefined, {
    polling: POLL_MS,
    timeout: TIMEOUT_MS,
  });
  const outside = now() - start;
  await popup.waitForLoadState("load");
  const inside = await popup.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    return {
      rendered: (window as unknown as { __renderedAt?: number }).__renderedAt ?? Number.NaN,
      scriptsRan: navigation?.domContentLoadedEventEnd ?? Number.NaN,
      htmlReceived: navigation?.responseEnd ?? Number.NaN,
    };
  });
  await popup.close();
  return { outside, ...inside };
}

interface Results {
  coldRunsWithNewWorker: number;
  badgeWarm: Stats;
  badgeCold: Stats;
  badgeWarmAfterCommit: Stats;
  badgeColdAfterCommit: Stats;
  popupWarm: Stats;
  popupCold: Stats;
  popupWarmRendered: Stats;
  popupColdRendered: Stats;
  popupWarmScriptsRan: Stats;
  popupColdScriptsRan: Stats;
  popupWarmHtmlReceived: Stats;
  popupColdHtmlReceived: Stats;
}

async function measure(runs: number, log: (line: string) => void): Promise<Results> {
  const server = await startServer(0);
  const browser = await launchBrowser({ serverPort: server.port });
  try {
    const { context } = browser;
    await context.addInitScript(markRendered);
    await browser.worker();
    const readBadge = await badgeReader(context);

    // One untimed round of each kind, so the first timed run does not pay for cold disk caches.
    const first = await freshTab(browser, -1);
    await timeBadge(first.page, first.tabId, AI_URLS[0] as string, readBadge);
    await timePopup(context, first.tabId);

    // Cold runs whose worker really was a new one (its time origin changed): should be all of them.
    let restarts = 0;
    const badgeWarm: BadgeTiming[] = [];
    const badgeCold: BadgeTiming[] = [];
    const popupTabs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const url = AI_URLS[run % AI_URLS.length] as string;
      const warm = await freshTab(browser, run * 2);
      badgeWarm.push(await timeBadge(warm.page, warm.tabId, url, readBadge));
      popupTabs.push(warm.tabId);
      const cold = await freshTab(browser, run * 2 + 1);
      const before = await workerStartedAt(browser);
      await stopServiceWorker(context);
      badgeCold.push(await timeBadge(cold.page, cold.tabId, url, readBadge));
      if ((await workerStartedAt(browser)) !== before) restarts++;
      await cold.page.close();
    }
    log(`badge: ${runs} warm and ${runs} cold runs`);

    const popupWarm: PopupTiming[] = [];
    const popupCold: PopupTiming[] = [];
    for (let run = 0; run < runs; run++) {
      const tabId = popupTabs[run] as number;
      // Warm: the previous cold run's popup started the worker a moment ago.
      popupWarm.push(await timePopup(context, tabId));
      const before = await workerStartedAt(browser);
      await stopServiceWorker(context);
      popupCold.push(await timePopup(context, tabId));
      if ((await workerStartedAt(browser)) !== before) restarts++;
    }
    log(`popup: ${runs} warm and ${runs} cold runs`);
    return {
      coldRunsWithNewWorker: restarts,
      badgeWarm: stats(badgeWarm.map((r) => r.total)),
      badgeCold: stats(badgeCold.map((r) => r.total)),
      badgeWarmAfterCommit: stats(badgeWarm.map((r) => r.afterCommit)),
      badgeColdAfterCommit: stats(badgeCold.map((r) => r.afterCommit)),
      popupWarm: stats(popupWarm.map((r) => r.outside)),
      popupCold: stats(popupCold.map((r) => r.outside)),
      popupWarmRendered: stats(popupWarm.map((r) => r.rendered)),
      popupColdRendered: stats(popupCold.map((r) => r.rendered)),
      popupWarmScriptsRan: stats(popupWarm.map((r) => r.scriptsRan)),
      popupColdScriptsRan: stats(popupCold.map((r) => r.scriptsRan)),
      popupWarmHtmlReceived: stats(popupWarm.map((r) => r.htmlReceived)),
      popupColdHtmlReceived: stats(popupCold.map((r) => r.htmlReceived)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function report(results: Results, chromium: string): string {
  const target = budgets.browser;
  const rows: [string, Stats, number | null][] = [
    ["badge, warm: navigation start -> badge", results.badgeWarm, target.badgeWarmMs],
    ["badge, cold: navigation start -> badge", results.badgeCold, target.badgeColdMs],
    ["badge, warm: commit -> badge", results.badgeWarmAfterCommit, null],
    ["badge, cold: commit -> badge", results.badgeColdAfterCommit, null],
    ["popup, warm: navigation start -> data", results.popupWarm, target.popupWarmMs],
    ["popup, cold: navigation start -> data", results.popupCold, target.popupColdMs],
    ["popup, warm, inside: data rendered", results.popupWarmRendered, null],
    ["popup, cold, inside: data rendered", results.popupColdRendered, null],
    ["popup, warm, inside: scripts ran (DCL)", results.popupWarmScriptsRan, null],
    ["popup, cold, inside: scripts ran (DCL)", results.popupColdScriptsRan, null],
    ["popup, warm, inside: HTML received", results.popupWarmHtmlReceived, null],
    ["popup, cold, inside: HTML received", results.popupColdHtmlReceived, null],
  ];
  const lines = [
    `${chromium}`,
    `Cold runs that started a new service worker: ${results.coldRunsWithNewWorker} of ${results.badgeCold.runs + results.popupCold.runs}.`,
    `Timed from outside the extension (Playwright over CDP, polling every ${POLL_MS} ms) unless marked "inside"`,
    "(performance.now() in the popup, from its navigation's time origin).",
    "",
    `${"what".padEnd(40)} runs    median       p90   target (median)`,
  ];
  for (const [name, s, limit] of rows) {
    const verdict = limit === null ? "" : `${limit} ms: ${s.medianMs <= limit ? "met" : "MISSED"}`;
    lines.push(
      `${name.padEnd(40)} ${String(s.runs).padStart(4)} ${`${s.medianMs} ms`.padStart(9)} ${`${s.p90Ms} ms`.padStart(9)}   ${verdict}`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST_CHROME, "manifest.json"))) {
    throw new Error(`${DIST_CHROME} is missing: run \`npm run build\` first`);
  }
  const runs = Number(option("--runs") ?? 20);
  const json = process.argv.includes("--json");
  const chromium = execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const built = JSON.parse(readFileSync(join(DIST_CHROME, "manifest.json"), "utf8")) as { version: string };
  log(`measuring dist/chrome ${built.version} in ${chromium}`);
  const results = await measure(runs, log);
  if (json) process.stdout.write(`${JSON.stringify({ chromium, pollMs: POLL_MS, results })}\n`);
  else process.stdout.write(`${report(results, chromium)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
