/**
 * Tenant pinning in the real Chromium: with tenantRestrictions set by a policy file, requests to
 * chatgpt.com, claude.ai, github.com and the Microsoft sign-in host carry the vendors' headers with
 * the exact values (the document and the page's own fetch), other hosts carry none, and removing
 * the policy removes them. The policy file is removed in afterAll, whatever happens.
 */
import type { Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "./harness/browser";
import { closeThenRemovePolicies, removePolicies, waitForManaged, writePolicy } from "./harness/policy";
import { startServer, type TestServer } from "./harness/server";
import { EXPECTED_HEADERS, PINNING_POLICY, visitAndFetch } from "./harness/tenant-pinning";

let server: TestServer;
let browser: TestBrowser;
let worker: Worker;

const ruleCount = () => worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length);

async function waitForRuleCount(ready: (n: number) => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (ready(await ruleCount())) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`rule count never became ready (${await ruleCount()})`);
}

const visit = (host: string) => visitAndFetch(server, () => browser.context.newPage(), host);

beforeAll(async () => {
  removePolicies();
  writePolicy("pinning", PINNING_POLICY);
  server = await startServer();
  browser = await launchBrowser({ serverPort: server.port });
  worker = await browser.worker();
  await waitForManaged(worker, (m) => m.organizationName === "Contoso");
  await waitForRuleCount((n) => n > 0);
});

afterAll(() => closeThenRemovePolicies(browser, server));

describe("tenant pinning in Chromium", () => {
  it.each(Object.entries(EXPECTED_HEADERS))("%s receives exactly its vendor's headers", async (host, expected) => {
    const { doc, fetched } = await visit(host);
    expect(doc).toEqual(expected);
    expect(fetched).toEqual(expected);
  });

  it("other hosts receive none", async () => {
    for (const host of ["example.org", "gemini.google.com", "notchatgpt.com"]) {
      const { doc, fetched } = await visit(host);
      expect(doc).toEqual({});
      expect(fetched).toEqual({});
    }
  });

  it("removing the policy removes the headers", async () => {
    removePolicies();
    await waitForRuleCount((n) => n === 0);
    for (const host of Object.keys(EXPECTED_HEADERS)) {
      const { doc, fetched } = await visit(host);
      expect(doc).toEqual({});
      expect(fetched).toEqual({});
    }
  });
});
