/**
 * The 2025 revision chosen by the admin (policy frameworkVersion "2025") in the built extension in
 * Debian's Chromium: badges and popup show the 2025 column, an agent's new domains and the version;
 * the model page switches between versions; axe finds nothing in light and dark. Expectations are
 * read from rules/model/2025, so a changed cell changes the test.
 */
import type { Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexCells2025 } from "../../src/engine/framework-2025";
import { indexCells } from "../../src/engine/responsibilities";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";
import { axeViolations } from "./harness/axe";
import {
  EXTENSION_ID,
  launchBrowser,
  openPopup,
  saveScreenshot,
  type TestBrowser,
  waitForBadge,
} from "./harness/browser";
import { closeThenRemovePolicies, removePolicies, waitForManaged, writePolicy } from "./harness/policy";
import { startServer, type TestServer } from "./harness/server";

const { model, model2025 } = loadRules(RULES_ROOT);
const cells2025 = indexCells2025(indexCells(model), model2025);
const badge = (id: string) => model2025.deploymentModels.find((m) => m.id === id)?.badge.text ?? "?";
const ownerOf = (domain: string, column: string) => cells2025.get(`${domain}|${column}`)?.owner;
const PAGE = `chrome-extension://${EXTENSION_ID}/src/extension/model/index.html`;

let server: TestServer;
let browser: TestBrowser;
let worker: Worker;

beforeAll(async () => {
  removePolicies();
  writePolicy("framework", { frameworkVersion: "2025" });
  server = await startServer();
  browser = await launchBrowser({ serverPort: server.port });
  worker = await browser.worker();
  await waitForManaged(worker, (m) => m.frameworkVersion === "2025");
});

afterAll(() => closeThenRemovePolicies(browser, server));

describe("popup under frameworkVersion 2025", () => {
  it("shows an agent's 2025 column, its new domains and the version, and passes axe in light and dark", async () => {
    const { tabId } = await browser.visit("https://manus.im/");
    await waitForBadge(worker, tabId, badge("agentic"));

    const popup = await openPopup(browser.context, tabId);
    await popup.waitForSelector('main[data-state="service"]');
    expect(await popup.getAttribute("main", "data-model")).toBe("agentic");
    expect(await popup.textContent("#model-name")).toBe("Agentic AI");
    expect(await popup.getAttribute(".framework-line", "data-framework")).toBe("2025");
    expect(await popup.textContent(".framework-line")).toContain("2025 revision");

    // The user's part lists the new domains the author gives the customer for agents.
    const yours = await popup.$$eval('#your-part [data-domain]:not([data-owner="provider"])', (els) =>
      els.map((e) => e.getAttribute("data-domain")),
    );
    for (const domain of ["agent-governance", "context-pollution-protection", "multi-system-integration"]) {
      expect(["customer", "shared"]).toContain(ownerOf(domain, "agentic"));
      expect(yours).toContain(domain);
    }
    // Not applicable to agents: named in the version line, not listed as the user's work.
    expect(ownerOf("code-generation-security", "agentic")).toBe("not-applicable");
    expect(yours).not.toContain("code-generation-security");
    expect(await popup.textContent(".framework-line")).toContain("Code Generation Security");
    const governance = popup.locator('#your-part [data-domain="agent-governance"]');
    expect(await governance.textContent()).toContain(
      cells2025.get("agent-governance|agentic")?.guidance?.do?.[0]?.text ?? "missing",
    );

    for (const colorScheme of ["light", "dark"] as const) {
      await popup.emulateMedia({ colorScheme });
      expect(await axeViolations(popup)).toEqual([]);
      await saveScreenshot(popup, `framework-2025-popup-manus-${colorScheme}`);
    }
    await popup.close();
  });

  it("files ChatGPT under SaaS AI and GitHub Copilot under AI Coding", async () => {
    const chat = await browser.visit("https://chatgpt.com/");
    await waitForBadge(worker, chat.tabId, badge("saas"));
    const code = await browser.visit("https://github.com/copilot");
    await waitForBadge(worker, code.tabId, badge("ai-coding"));
    const popup = await openPopup(browser.context, chat.tabId);
    expect(await popup.getAttribute("main", "data-model")).toBe("saas");
    const link = await popup.getAttribute("footer a", "href");
    expect(link).toContain("framework=2025");
    expect(link).toContain("model=saas");
    await popup.close();
  });
});

describe("model page", () => {
  it("switches between the 2024 and 2025 versions and compares a column across them", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${PAGE}?framework=2025&model=agentic`);
    await page.waitForSelector('main[data-framework="2025"]');
    expect(await page.locator("table.matrix tbody tr").count()).toBe(16);
    expect(await page.locator("table.matrix thead th[data-model]").count()).toBe(8);
    expect(await page.getAttribute('table.matrix thead th[data-model="agentic"]', "data-current")).toBe("true");
    expect(
      await page.getAttribute(
        'button.cell[data-domain="code-generation-security"][data-model="agentic"]',
        "data-owner",
      ),
    ).toBe("not-applicable");

    // The author's texts disagree on PaaS Infrastructure Security: the page says which it follows.
    await page.click('button.cell[data-domain="infrastructure-security"][data-model="paas"]');
    expect(await page.textContent("#cell-details")).toContain("We follow the matrix");

    // ChatGPT's column across versions: Public SaaS AI (2024) becomes SaaS AI (2025).
    await page.selectOption(".version-compare select", "public-saas");
    expect(await page.getAttribute(".version-compare table", "data-to")).toBe("saas");
    expect(await page.locator(".version-compare tbody tr").count()).toBe(16);

    await page.getByRole("button", { name: /Cross-references/ }).click();
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page)).toEqual([]);
      await saveScreenshot(page, `framework-2025-model-page-${colorScheme}`);
    }

    await page.check('input[name="framework-version"][value="2024"]');
    await page.waitForSelector("table.matrix tbody tr >> nth=11");
    expect(await page.locator("main[data-framework]").count()).toBe(0);
    expect(await page.locator("table.matrix tbody tr").count()).toBe(12);
    expect(page.url()).toContain("framework=2024");
    await page.emulateMedia({ colorScheme: "light" });
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, "framework-2024-model-page-switch");

    await page.check('input[name="framework-version"][value="2025"]');
    await page.waitForSelector('main[data-framework="2025"]');
    expect(await page.locator("table.matrix tbody tr").count()).toBe(16);
    await page.close();
  });
});
