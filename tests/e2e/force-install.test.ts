/**
 * Force-install as an admin does it, with no --load-extension: `npm run pack` makes a signed CRX
 * and an update manifest, a local server hosts them, and ExtensionSettings in a managed policy
 * file force-installs and configures the extension. Policy files are removed in afterAll.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Worker } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { STATUS_BADGE } from "../../src/engine/policy/status-badge";
import { badgeColor, launchBrowser, PROJECT_ROOT, type TestBrowser, tabIdFor, waitForBadge } from "./harness/browser";
import { closeThenRemovePolicies, removePolicies, waitForManaged, writePolicy } from "./harness/policy";
import { startServer, type TestServer } from "./harness/server";

const work = mkdtempSync(join(tmpdir(), "force-install-"));
let updates: Server;
let server: TestServer;
let browser: TestBrowser | undefined;
let extensionId: string;
const requests: string[] = [];

beforeAll(async () => {
  removePolicies();
  updates = createServer((req, res) => {
    requests.push(req.url ?? "");
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === "/updates.xml")
      res.writeHead(200, { "content-type": "text/xml" }).end(readFileSync(join(work, "out/updates.xml")));
    else if (path === "/ai-responsibility-guide.crx")
      res
        .writeHead(200, { "content-type": "application/x-chrome-extension" })
        .end(readFileSync(join(work, "out/ai-responsibility-guide.crx")));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => updates.listen(0, "127.0.0.1", resolve));
  const base = `http://localhost:${(updates.address() as AddressInfo).port}`;
  execFileSync(
    join(PROJECT_ROOT, "node_modules/.bin/tsx"),
    ["scripts/pack.ts", "--key", join(work, "key.pem"), "--out", join(work, "out"), "--base-url", base],
    { cwd: PROJECT_ROOT, stdio: "ignore" },
  );
  extensionId = readFileSync(join(work, "out/extension-id.txt"), "utf8").trim();
  writePolicy(
    "force-install",
    { organizationName: "Contoso", serviceStatuses: { chatgpt: "approved" } },
    {
      // Playwright needs DevTools on extension pages; admins may leave their own setting.
      DeveloperToolsAvailability: 1,
      ExtensionSettings: { [extensionId]: { installation_mode: "force_installed", update_url: `${base}/updates.xml` } },
    },
    extensionId,
  );
  server = await startServer();
  browser = await launchBrowser({ serverPort: server.port, loadExtension: false, backgroundNetworking: true });
}, 120_000);

afterAll(async () => {
  try {
    const updateServer = { close: () => new Promise((resolve) => updates?.close(resolve)) };
    await closeThenRemovePolicies(browser, server, updateServer);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

async function forceInstalledWorker(): Promise<Worker> {
  const context = (browser as TestBrowser).context;
  const prefix = `chrome-extension://${extensionId}/`;
  const running = context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  if (running !== undefined) return running;
  return context.waitForEvent("serviceworker", { predicate: (w) => w.url().startsWith(prefix), timeout: 60_000 });
}

it("installs from the update URL, is configured by policy, and badges", async () => {
  const worker = await forceInstalledWorker();
  expect(requests.some((r) => r.startsWith("/updates.xml"))).toBe(true);
  expect(requests).toContain("/ai-responsibility-guide.crx");
  const self = await worker.evaluate(() => chrome.management.getSelf());
  expect(self.installType).toBe("admin");
  await waitForManaged(worker, (m) => m.organizationName === "Contoso");

  const page = await (browser as TestBrowser).context.newPage();
  await page.goto("https://chatgpt.com/");
  const tabId = await tabIdFor(worker, "https://chatgpt.com/");
  // Approved by policy: the badge shows the organisation's status, not the model.
  await waitForBadge(worker, tabId, STATUS_BADGE.approved.text, 15_000);
  await expect.poll(() => badgeColor(worker, tabId), { timeout: 15_000 }).toBe("#15803d");
  const title = await worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
  expect(title).toContain("approved by Contoso");
  await page.close();
}, 120_000);
