/**
 * The content scripts on an admin's custom service (issue 11: "catalog hosts and the admin's
 * custom services"). The manifest lists the catalog's hosts only; once the user grants access to
 * the policy's hosts (the admin page's button), the background registers the route/notice script
 * and the paste guard there, and unregisters them when the policy drops the service or the access
 * is taken back. Real policy files, real pastes, in the built extension. The grant: the admin
 * page's button opens the browser's prompt, which headless Chromium gives no one to answer, so the
 * grant is recorded in the profile as the browser records a confirmed one, and the browser starts
 * again with it (the extension's start-up path).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUS_BADGE } from "../../src/engine/policy/status-badge";
import {
  EXTENSION_ID,
  launchBrowser,
  saveScreenshot,
  stopServiceWorker,
  type TestBrowser,
  waitForBadge,
} from "./harness/browser";
import { EDITOR_PATH, editorRoute } from "./harness/editor-page";
import { AWS_KEY, accessibleNames, dialogOpen, editorText, paste, SECRET_TEXT, waitFor } from "./harness/paste";
import { closeThenRemovePolicies, removePolicies, waitForManaged, writePolicy } from "./harness/policy";
import { grantHostInProfile } from "./harness/profile-grant";
import { startServer, type TestServer } from "./harness/server";

const HOST = "llm.contoso.example";
const PATTERN = `*://*.${HOST}/*`;
const PAGE_URL = `https://${HOST}${EDITOR_PATH}`;
const GATEWAY = {
  id: "contoso-llm-gateway",
  name: "Contoso LLM Gateway",
  deploymentModel: "private-api",
  match: [{ host: HOST }],
};
const BASE_POLICY = {
  organizationName: "Contoso",
  serviceStatuses: { "contoso-llm-gateway": "unapproved" },
  unapprovedAction: "notice",
};
const WITH_GATEWAY = { ...BASE_POLICY, customServices: [GATEWAY] };

let profile: string;
let server: TestServer;
let browser: TestBrowser;
let worker: Worker;

interface Registered {
  id: string;
  js: string[];
  matches: string[];
  runAt?: string;
}
const registered = () => worker.evaluate(() => chrome.scripting.getRegisteredContentScripts() as Promise<Registered[]>);
const manifestScripts = () =>
  worker.evaluate(() =>
    (chrome.runtime.getManifest().content_scripts ?? []).map((s) => ({ js: s.js, runAt: s.run_at })),
  );

/** Opens the editor page on the custom host; the tab id is found as the new tab (no URL without access). */
async function openEditor(): Promise<{ page: Page; tabId: number }> {
  const ids = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
  const before = await ids();
  const page = await browser.context.newPage();
  await page.goto(PAGE_URL);
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: `https://${HOST}` });
  const tabId = (await ids()).find((id) => !before.includes(id)) ?? -1;
  return { page, tabId };
}

async function start(): Promise<void> {
  browser = await launchBrowser({ serverPort: server.port, userDataDir: profile });
  worker = await browser.worker();
  await waitForManaged(worker, (m) => Array.isArray(m.customServices));
}

beforeAll(async () => {
  removePolicies();
  writePolicy("custom-hosts", WITH_GATEWAY);
  profile = mkdtempSync(join(tmpdir(), "e2e-profile-"));
  server = await startServer();
  server.routes.push(editorRoute);
  await start();
});

afterAll(async () => {
  await closeThenRemovePolicies(browser);
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe("content scripts on a custom service's host", () => {
  it("has no guard there before the user grants access", async () => {
    expect(await registered()).toEqual([]);
    const { page } = await openEditor();
    await paste(page, "#ta", SECRET_TEXT);
    expect(await editorText(page, "#ta")).toBe(SECRET_TEXT);
    expect(await dialogOpen(page)).toBe(false);
    await page.close();
  });

  it("registers both scripts, under their built names, once access is granted", async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/src/extension/options/index.html`);
    expect(await options.getAttribute("#custom-hosts li", "data-granted")).toBe("false");
    await options.close();
    await browser.close();
    grantHostInProfile(profile, PATTERN);
    await start();
    expect(await worker.evaluate((p) => chrome.permissions.contains({ origins: [p] }), PATTERN)).toBe(true);
    await waitFor(async () => (await registered()).length === 2, "two registered content scripts");
    const scripts = (await registered()).sort((a, b) => a.id.localeCompare(b.id));
    const declared = await manifestScripts();
    expect(scripts.map((s) => ({ js: s.js, runAt: s.runAt }))).toEqual(declared);
    for (const script of scripts) expect(script.matches).toEqual([PATTERN]);
  });

  it("shows the badge, the notice and the paste guard's dialog on the custom host, after a worker restart", async () => {
    // Registered scripts are kept by the browser: they hold across the worker's restart.
    await stopServiceWorker(browser.context);
    const { page, tabId } = await openEditor();
    await waitForBadge(worker, tabId, STATUS_BADGE.unapproved.text);
    await page.locator("ai-responsibility-notice").waitFor({ state: "attached" });
    await paste(page, "#ta", SECRET_TEXT);
    await waitFor(() => dialogOpen(page), "the paste guard's dialog");
    const names = (await accessibleNames(page)).join("\n");
    expect(names).toContain("AWS access key: 1");
    expect(names).not.toContain(AWS_KEY);
    expect(await editorText(page, "#ta")).toBe("");
    await saveScreenshot(page, "custom-host-paste-guard");
    await page.keyboard.press("Escape");
    await waitFor(async () => !(await dialogOpen(page)), "the dialog to close");
    expect(await editorText(page, "#ta")).toBe("");
    await page.close();
  });

  it("unregisters the scripts when the policy drops the custom service: a new page has no guard", async () => {
    writePolicy("custom-hosts", BASE_POLICY);
    await waitForManaged(worker, (m) => m.organizationName === "Contoso" && m.customServices === undefined);
    await waitFor(async () => (await registered()).length === 0, "the scripts to be unregistered", 10_000);
    const { page } = await openEditor();
    await paste(page, "#ta", SECRET_TEXT);
    expect(await editorText(page, "#ta")).toBe(SECRET_TEXT);
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.locator("ai-responsibility-notice").count()).toBe(0);
    await page.close();
  });

  it("registers them again when the policy adds the service back, and drops them when access is taken back", async () => {
    writePolicy("custom-hosts", WITH_GATEWAY);
    await waitForManaged(worker, (m) => Array.isArray(m.customServices));
    await waitFor(async () => (await registered()).length === 2, "the scripts to be registered again", 10_000);
    const { page } = await openEditor();
    await paste(page, "#ta", SECRET_TEXT);
    await waitFor(() => dialogOpen(page), "the paste guard's dialog");
    await page.close();
    await worker.evaluate((p) => chrome.permissions.remove({ origins: [p] }), PATTERN);
    await waitFor(async () => (await registered()).length === 0, "the scripts to be unregistered", 10_000);
  });
});
