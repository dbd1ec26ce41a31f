/**
 * The admin page in the real Chromium, without and with a policy, in light and dark: one clear
 * empty state, what users experience, ignored values with what applies instead, the network
 * rules in effect, the catalog table, the in-page checker; axe-clean. Screenshots go to docs/.
 * Also measures how fast a huge policy renders. Policy files are removed after each test.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import {
  EXTENSION_ID,
  launchBrowser,
  PROJECT_ROOT,
  RESULTS_DIR,
  saveScreenshot,
  type TestBrowser,
} from "./harness/browser";
import { closeThenRemovePolicies, removePolicies, waitForManaged, writePolicy } from "./harness/policy";

const OPTIONS = `chrome-extension://${EXTENSION_ID}/src/extension/options/index.html`;
const EXAMPLE = JSON.parse(readFileSync(join(PROJECT_ROOT, "deploy/examples/enforcement-policy.json"), "utf8"));
/** The example, with two values the extension must ignore. */
const POLICY = {
  ...EXAMPLE,
  justifyMinutes: 0,
  tenantRestrictions: { ...EXAMPLE.tenantRestrictions, github: { enterpriseIds: ["12345\r\nX-Evil: 1"] } },
};

let browser: TestBrowser | undefined;
afterEach(() => closeThenRemovePolicies(browser));

async function openOptions(): Promise<Page> {
  const page = await (browser as TestBrowser).context.newPage();
  await page.goto(OPTIONS);
  await page.waitForSelector("main[data-state=policy], main[data-state=no-policy]");
  return page;
}

function toDocs(name: string): void {
  copyFileSync(join(RESULTS_DIR, `${name}.png`), join(PROJECT_ROOT, "docs", `${name}.png`));
}

describe.each(["light", "dark"] as const)("admin page in %s mode", (colorScheme) => {
  it("without a policy: one clear empty state linking to the deployment guide", async () => {
    removePolicies();
    browser = await launchBrowser({ colorScheme });
    const page = await openOptions();
    expect(await page.getAttribute("main", "data-state")).toBe("no-policy");
    const text = (await page.textContent("main")) ?? "";
    expect(text).toContain("No organisation policy on this browser");
    expect(text).not.toMatch(/every value (in the policy )?applies/i);
    const guide = await page.getAttribute("#no-policy a", "href");
    expect(guide).toBe(`chrome-extension://${EXTENSION_ID}/docs/deployment.md`);
    const response = await page.request.get(guide as string).catch(() => null);
    expect(response === null || response.ok()).toBe(true);
    expect(await page.textContent("#about")).toMatch(/AI Responsibility Guide \d+\.\d+\.\d+ · catalog of \d+ services/);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `admin-page-no-policy-${colorScheme}`);
    if (colorScheme === "light") toDocs("admin-page-no-policy-light");
  });

  it("with a policy: summary, ignored values with fallbacks, rules in effect, catalog and checker", async () => {
    removePolicies();
    writePolicy("admin", POLICY);
    browser = await launchBrowser({ colorScheme });
    await waitForManaged(await browser.worker(), (m) => m.organizationName === "Contoso");
    const page = await openOptions();
    await page.waitForSelector("#pinned-headers");
    expect(await page.textContent("#summary")).toContain("Blocked (1):");
    expect(await page.textContent("#summary li[data-status=unlisted]")).toContain("asked why they need it");
    const rows = await page.$$eval("#problems tbody tr", (trs) =>
      trs.map((tr) => [tr.getAttribute("data-key"), tr.querySelector(".fallback")?.textContent]),
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        ["justifyMinutes", "60 minutes"],
        ["tenantRestrictions.github.enterpriseIds[0]", "this vendor's workspace is not pinned"],
      ]),
    );
    const headers = await page.$$eval("#pinned-headers tbody tr td:first-child", (tds) =>
      tds.map((t) => t.textContent),
    );
    expect(headers).toEqual(expect.arrayContaining(["ChatGPT-Allowed-Workspace-Id", "anthropic-allowed-org-ids"]));
    expect(headers).not.toContain("sec-GitHub-allowed-enterprise");
    expect(await page.textContent("#network-blocks")).toContain("1 service is stopped before the page loads");
    await page.fill("#catalog-search", "github copilot");
    expect(await page.$$eval("#catalog tbody tr", (trs) => trs.map((t) => t.getAttribute("data-id")))).toContain(
      "github-copilot",
    );
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `admin-page-policy-${colorScheme}`);
    if (colorScheme === "light") toDocs("admin-page-policy-light");
  });
});

describe("admin page with huge policies", () => {
  it("renders a 120,000-problem policy in the in-page checker in under 2 s", async () => {
    browser = await launchBrowser({});
    const page = await openOptions();
    const huge = JSON.stringify(Object.fromEntries(Array.from({ length: 120_000 }, (_, i) => [`unknownKey${i}`, i])));
    await page.$eval(
      "#checker-input",
      (el, text) => {
        const area = el as HTMLTextAreaElement;
        area.value = text;
        area.dispatchEvent(new Event("input", { bubbles: true }));
      },
      huge,
    );
    const started = Date.now();
    await page.click("#checker-run");
    await page.waitForSelector("#checker-problems");
    const ms = Date.now() - started;
    expect(await page.textContent("#checker-problems")).toContain("120000 values are ignored");
    console.log(`120,000 problems: checked and rendered in ${ms} ms`);
    expect(ms).toBeLessThan(2000);
  }, 60_000);

  it("stays fast with 200 custom services of 50 hosts each", async () => {
    removePolicies();
    const customServices = Array.from({ length: 200 }, (_, s) => ({
      id: `custom-${s}`,
      name: `Custom ${s}`,
      deploymentModel: "private-api",
      match: Array.from({ length: 50 }, (_, h) => ({ host: `h${h}.s${s}.corp.example` })),
    }));
    writePolicy("huge", { organizationName: "Contoso", customServices });
    browser = await launchBrowser({});
    await waitForManaged(await browser.worker(), (m) => m.organizationName === "Contoso");
    const page = await (browser as TestBrowser).context.newPage();
    const started = Date.now();
    await page.goto(OPTIONS);
    await page.waitForSelector("#custom-hosts");
    const ms = Date.now() - started;
    expect(await page.$$eval("#custom-hosts li", (lis) => lis.length)).toBe(50);
    expect(await page.textContent("#hosts-heading")).toContain("(10000)");
    console.log(`200 custom services x 50 hosts: admin page rendered in ${ms} ms`);
    expect(ms).toBeLessThan(3000);
  }, 60_000);
});
