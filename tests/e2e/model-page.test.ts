/**
 * The model page in the built extension, in Debian's Chromium: the matrix, a cell's guidance by
 * keyboard, the compare view, print, accessibility in light and dark, and the popup's link to it.
 * Every expectation is read from rules/ (loadModelFacts), so a changed cell changes the test.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cell, DeploymentModelId, Owner } from "../../src/engine/types";
import { PROVENANCE_LABEL } from "../../src/extension/shared/labels";
import {
  EXTENSION_ID,
  launchBrowser,
  openPopup,
  PROJECT_ROOT,
  RESULTS_DIR,
  saveScreenshot,
  type TestBrowser,
  tabIdFor,
  waitForBadge,
} from "./harness/browser";
import { loadModelFacts } from "./harness/model-facts";
import { startServer, type TestServer } from "./harness/server";

const facts = loadModelFacts();
const { model } = facts.rules;
const PAGE = `chrome-extension://${EXTENSION_ID}/src/extension/model/index.html`;
const AXE = join(PROJECT_ROOT, "node_modules/axe-core/axe.min.js");
const LETTER: Record<Owner, string> = { provider: "P", shared: "S", customer: "C" };
const OWNER_WORD: Record<Owner, string> = { provider: "Provider", shared: "Shared", customer: "Customer" };

function cellOf(domain: string, deploymentModel: string): Cell {
  const found = model.cells.find((c) => c.domain === domain && c.model === deploymentModel);
  if (found === undefined) throw new Error(`no cell ${domain} x ${deploymentModel}`);
  return found;
}

/** The text a reader sees for a cell, in the order the page shows it. */
function expectedGuidance(cell: Cell) {
  const g = cell.guidance;
  return cell.owner === "provider"
    ? { do: [], dont: [], providerDoes: g.providerDoes ?? null, youCheck: g.youCheck ?? null }
    : {
        do: (g.do ?? []).map((line) => line.text),
        dont: (g.dont ?? []).map((line) => line.text),
        providerDoes: null,
        youCheck: null,
      };
}

/** Reads the guidance rendered inside `root` (one `.guidance` block). */
async function renderedGuidance(page: Page, selector: string) {
  return page.$eval(selector, (root) => {
    const texts = (sel: string) => [...root.querySelectorAll(sel)].map((el) => el.textContent ?? "");
    return {
      cell: root.getAttribute("data-cell"),
      do: texts("ul.do > li"),
      dont: texts("ul.dont > li"),
      providerDoes: root.querySelector(".provider-does .line")?.textContent ?? null,
      youCheck: root.querySelector(".you-check .line")?.textContent ?? null,
      reason: root.querySelector(".reason .line")?.textContent ?? null,
      provenance: root.querySelector(".provenance .line")?.textContent ?? null,
    };
  });
}

async function openModelPage(context: BrowserContext, query: string): Promise<Page> {
  const page = await context.newPage();
  // Extension pages forbid inline scripts; axe-core is injected as one.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Page.setBypassCSP", { enabled: true });
  await page.goto(`${PAGE}${query}`);
  await page.waitForSelector("table.matrix button.cell");
  return page;
}

interface AxeSummary {
  passes: number;
  violations: string[];
}

/** Runs axe-core on the whole page; `passes` shows that the rules really ran. */
async function runAxe(page: Page): Promise<AxeSummary> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    interface AxeResults {
      passes: unknown[];
      violations: { id: string; help: string; nodes: { target: string[] }[] }[];
    }
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return {
      passes: results.passes.length,
      violations: results.violations.map(
        (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    };
  });
}

describe("model page", () => {
  let browser: TestBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser({ colorScheme: "light" });
    page = await openModelPage(browser.context, "?model=paas");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows all 12 x 8 cells, each with the data's owner letter and an accessible name", async () => {
    const rows = await page.$$eval("table.matrix tbody tr", (trs) =>
      trs.map((tr) => ({
        domain: tr.getAttribute("data-domain"),
        header: tr.querySelector("th[scope=row]")?.textContent,
        cells: [...tr.querySelectorAll("button.cell")].map((b) => ({
          model: b.getAttribute("data-model"),
          letter: b.textContent,
          label: b.getAttribute("aria-label"),
        })),
      })),
    );
    const columns = await page.$$eval("table.matrix thead th[scope=col][data-model]", (ths) =>
      ths.map((th) => th.getAttribute("data-model")),
    );
    expect(columns).toEqual(model.deploymentModels.map((m) => m.id));
    expect(rows).toHaveLength(model.domains.length);
    expect(rows.map((r) => r.domain)).toEqual(model.domains.map((d) => d.id));
    for (const [i, row] of rows.entries()) {
      const domain = model.domains[i];
      expect(row.header).toBe(domain?.name);
      expect(row.cells).toEqual(
        model.deploymentModels.map((m) => {
          const owner = cellOf(domain?.id ?? "", m.id).owner;
          return { model: m.id, letter: LETTER[owner], label: `${domain?.name}, ${m.name}: ${OWNER_WORD[owner]}` };
        }),
      );
    }
    expect(await page.locator("table.matrix button.cell").count()).toBe(96);
  });

  it("highlights the column of ?model=paas and no other", async () => {
    const current = await page.$$eval("table.matrix [data-current=true]", (els) =>
      els.map((el) => `${el.tagName}:${el.getAttribute("data-model")}`),
    );
    // The header, one cell per domain and the footer count.
    expect(current).toEqual(["TH:paas", ...model.domains.map(() => "TD:paas"), "TD:paas"]);
    const background = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).backgroundColor);
    expect(await background('table.matrix tbody td[data-model="paas"]')).not.toBe(
      await background('table.matrix tbody td[data-model="iaas"]'),
    );
    expect(await page.textContent('table.matrix thead th[data-model="paas"]')).toContain("Current");
  });

  it("opens a cell's guidance from the keyboard, with the data's text", async () => {
    // One cell is in the tab order: the current column's first row. Arrows move, Enter opens.
    const start = page.locator('table.matrix button.cell[tabindex="0"]');
    expect(await start.count()).toBe(1);
    expect(await start.getAttribute("data-model")).toBe("paas");
    await start.focus();
    const targetRow = model.domains.findIndex((d) => d.id === "data-privacy");
    for (let i = 0; i < targetRow; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowLeft");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.dataset.domain}.${el?.dataset.model}`;
    });
    const leftOfPaas = model.deploymentModels[model.deploymentModels.findIndex((m) => m.id === "paas") - 1]?.id;
    expect(focused).toBe(`data-privacy.${leftOfPaas}`);
    await page.keyboard.press("Enter");

    const cell = cellOf("data-privacy", leftOfPaas ?? "");
    const shown = await renderedGuidance(page, "#cell-details .guidance");
    expect(shown).toEqual({
      cell: `${cell.domain}.${cell.model}`,
      ...expectedGuidance(cell),
      reason: cell.reason,
      provenance: PROVENANCE_LABEL[cell.provenance],
    });
    expect(await page.getAttribute("#cell-details", "aria-live")).toBe("polite");
    expect(new URL(page.url()).searchParams.get("cell")).toBe(`${cell.domain}.${cell.model}`);
  });

  it("shows a provider cell as what the provider does and what you still check", async () => {
    const provider = model.cells.find((c) => c.owner === "provider");
    if (provider === undefined) throw new Error("the data has no provider cell");
    await page.click(`table.matrix button.cell[data-domain="${provider.domain}"][data-model="${provider.model}"]`);
    const shown = await renderedGuidance(page, "#cell-details .guidance");
    expect(shown).toEqual({
      cell: `${provider.domain}.${provider.model}`,
      ...expectedGuidance(provider),
      reason: provider.reason,
      provenance: PROVENANCE_LABEL[provider.provenance],
    });
  });

  it("compares public SaaS with PaaS: the domains whose owner changes, with their guidance", async () => {
    await page.selectOption("#compare-from", "public-saas");
    await page.selectOption("#compare-to", "paas");
    const expectedRows = model.domains.map((d) => ({
      domain: d.id,
      from: cellOf(d.id, "public-saas").owner,
      to: cellOf(d.id, "paas").owner,
    }));
    const changed = expectedRows.filter((r) => r.from !== r.to).map((r) => r.domain);
    expect(changed.length).toBeGreaterThan(0);

    const rows = await page.$$eval("table.compare-table tbody tr", (trs) =>
      trs.map((tr) => ({
        domain: tr.getAttribute("data-domain"),
        from: tr.querySelector("td.from [data-owner]")?.getAttribute("data-owner"),
        to: tr.querySelector("td.to [data-owner]")?.getAttribute("data-owner"),
        changed: tr.getAttribute("data-changed"),
      })),
    );
    expect(rows).toEqual(expectedRows.map((r) => ({ ...r, changed: String(r.from !== r.to) })));
    // Domains whose owner stays are listed too when their advice differs.
    const advised = model.domains
      .map((d) => d.id)
      .filter(
        (id) =>
          changed.includes(id) ||
          JSON.stringify(expectedGuidance(cellOf(id, "public-saas"))) !==
            JSON.stringify(expectedGuidance(cellOf(id, "paas"))),
      );
    expect(await page.$$eval(".compare li.change", (lis) => lis.map((li) => li.getAttribute("data-domain")))).toEqual(
      advised,
    );
    for (const domain of changed) {
      for (const [side, m] of [
        ["from", "public-saas"],
        ["to", "paas"],
      ] as const) {
        const shown = await renderedGuidance(
          page,
          `.compare li.change[data-domain="${domain}"] .side.${side} .guidance`,
        );
        expect(shown.cell).toBe(`${domain}.${m}`);
        const { do: doLines, dont, providerDoes, youCheck } = shown;
        expect({ do: doLines, dont, providerDoes, youCheck }).toEqual(expectedGuidance(cellOf(domain, m)));
      }
    }
    expect(await page.textContent(".compare-summary")).toContain(`${changed.length} of ${model.domains.length}`);
  });

  it("compares free with enterprise (public vs private SaaS): same owners, so it shows risk, control and advice", async () => {
    await page.selectOption("#compare-from", "public-saas");
    await page.selectOption("#compare-to", "private-saas");
    const sameOwner = model.domains.every(
      (d) => cellOf(d.id, "public-saas").owner === cellOf(d.id, "private-saas").owner,
    );
    expect(sameOwner).toBe(true);
    expect(await page.textContent(".compare-summary")).toContain("What changes is the risk");
    const risks = await page.$$eval(".risk-shift .side", (sides) => sides.map((s) => s.getAttribute("data-model")));
    expect(risks).toEqual(["public-saas", "private-saas"]);
    expect(await page.textContent('.risk-shift .side[data-model="private-saas"]')).toContain(
      model.deploymentModels.find((m) => m.id === "private-saas")?.riskProfile ?? "?",
    );
    const noChange = await page.$$eval("td.shift", (tds) => tds.filter((td) => td.textContent === "No change").length);
    expect(noChange).toBeLessThan(model.domains.length);
    expect(await page.locator(".compare li.change").count()).toBeGreaterThan(0);
    await page.locator("#compare").screenshot({ path: join(RESULTS_DIR, "compare-free-vs-enterprise.png") });
  });

  it("shows the domain definitions with their admin lines, and the framework's caveats and attribution", async () => {
    const domains = await page.$$eval("#domains li.domain-card", (lis) =>
      lis.map((li) => ({
        id: li.getAttribute("data-domain"),
        admin: [...li.querySelectorAll("ul.admin > li")].map((x) => x.textContent),
        text: li.textContent ?? "",
      })),
    );
    expect(domains.map((d) => d.id)).toEqual(model.domains.map((d) => d.id));
    for (const [i, d] of domains.entries()) {
      expect(d.admin).toEqual(model.domains[i]?.admin);
      expect(d.text).toContain(model.domains[i]?.definition);
    }
    const about = (await page.textContent("#about")) ?? "";
    for (const caveat of model.framework.caveats) expect(about).toContain(caveat.text);
    for (const gap of model.framework.notCovered) expect(about).toContain(gap.text);
    expect(about).toContain(model.framework.author);
    expect(await page.getAttribute(`#about a[href="${model.framework.source}"]`, "href")).toBe(model.framework.source);
    const cards = await page.$$eval("#models li.model-card", (lis) => lis.map((li) => li.getAttribute("data-model")));
    expect(cards).toEqual(model.deploymentModels.map((m) => m.id));
  });

  it("has no accessibility violations in the light scheme, and saves a screenshot", async () => {
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(false);
    const axe = await runAxe(page);
    expect(axe.violations).toEqual([]);
    expect(axe.passes).toBeGreaterThan(10);
    await saveScreenshot(page, "model-page-light");
  });

  it("prints every cell's guidance expanded, without controls, black on white", async () => {
    const print = await openModelPage(browser.context, "?model=paas");
    const hiddenOnScreen = await print.locator('.all-guidance [data-cell="application-security.public-saas"]');
    expect(await hiddenOnScreen.isVisible()).toBe(false);

    await print.emulateMedia({ media: "print" });
    const blocks = await print.$$eval(".all-guidance .guidance", (els) =>
      els.map((el) => ({ cell: el.getAttribute("data-cell"), visible: el.checkVisibility() })),
    );
    expect(blocks).toHaveLength(model.cells.length);
    expect(blocks.every((b) => b.visible)).toBe(true);
    for (const cell of model.cells) {
      const shown = await renderedGuidance(print, `.all-guidance [data-cell="${cell.domain}.${cell.model}"]`);
      expect(shown).toMatchObject({ ...expectedGuidance(cell), reason: cell.reason });
    }
    for (const control of [".print-button", "nav.toc", "#compare-from", "#compare-to"]) {
      expect(await print.locator(control).isVisible(), control).toBe(false);
    }
    const colours = await print.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { bg: style.backgroundColor, fg: style.color };
    });
    expect(colours).toEqual({ bg: "rgb(255, 255, 255)", fg: "rgb(0, 0, 0)" });
    // The table fits the width of an A4 landscape page (297 mm less 2 x 12 mm margins, at 96 dpi).
    await print.setViewportSize({ width: Math.floor(((297 - 24) / 25.4) * 96), height: 800 });
    const fits = await print.$eval("table.matrix", (t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0));
    expect(fits).toBe(true);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await print.pdf({ path: join(RESULTS_DIR, "model-page.pdf"), format: "A4", landscape: true });
    await print.close();
  });
});

describe("model page in the dark scheme", () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchBrowser({ colorScheme: "dark" });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("has no accessibility violations, and saves a screenshot", async () => {
    const page = await openModelPage(browser.context, "?model=public-saas&cell=data-privacy.public-saas");
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(true);
    expect(await page.$eval("body", (b) => getComputedStyle(b).backgroundColor)).not.toBe("rgb(255, 255, 255)");
    // ?cell= opens that cell's guidance.
    expect(await page.getAttribute("#cell-details .guidance", "data-cell")).toBe("data-privacy.public-saas");
    const axe = await runAxe(page);
    expect(axe.violations).toEqual([]);
    expect(axe.passes).toBeGreaterThan(10);
    await saveScreenshot(page, "model-page-dark");
    await page.close();
  });
});

describe("popup link to the model page", () => {
  let server: TestServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    // Any free port: Chromium maps every hostname to it, so other test runs can hold 443.
    server = await startServer();
    browser = await launchBrowser({ serverPort: server.port });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ["https://chatgpt.com/", "public-saas"],
    ["https://ai.azure.com/", "paas"],
  ] as [string, DeploymentModelId][])("%s opens the page focused on %s", async (url, deploymentModel) => {
    const worker = await browser.worker();
    const site = await browser.context.newPage();
    await site.goto(url);
    const tabId = await tabIdFor(worker, url);
    await waitForBadge(worker, tabId, facts.badge(deploymentModel).text);
    const popup = await openPopup(browser.context, tabId);
    const link = popup.locator('footer a[href*="model/index.html?model="]');
    expect(await link.getAttribute("href")).toBe(`${PAGE}?model=${deploymentModel}`);

    const [opened] = await Promise.all([browser.context.waitForEvent("page"), link.click()]);
    await opened.waitForSelector("table.matrix button.cell");
    expect(opened.url()).toBe(`${PAGE}?model=${deploymentModel}`);
    expect(await opened.getAttribute("table.matrix thead th[data-current=true]", "data-model")).toBe(deploymentModel);
    expect(await opened.$eval("#compare-from", (s) => (s as HTMLSelectElement).value)).toBe(deploymentModel);
    await opened.close();
    await popup.close();
    await site.close();
  });
});
