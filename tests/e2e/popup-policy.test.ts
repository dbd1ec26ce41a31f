/**
 * The popup, badge and in-page notice under a real managed policy in Chromium: the chip matches
 * the badge, statuses say what they mean, approval of a workspace plan is worded as conditional,
 * and the notice never takes the focus from what the person is typing. Policy files are removed
 * in afterAll, whatever happens.
 */
import type { Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUS_BADGE } from "../../src/engine/policy/status-badge";
import { DEFAULT_STATUS_MESSAGES } from "../../src/engine/policy/validate-status-messages";
import {
  badgeColor,
  badgeText,
  launchBrowser,
  openPopup,
  saveScreenshot,
  type TestBrowser,
  waitForBadge,
} from "./harness/browser";
import { closeThenRemovePolicies, removePolicies, waitForManaged, writePolicy } from "./harness/policy";
import { popupChip } from "./harness/popup-chip";
import { startServer, type TestServer } from "./harness/server";

const POLICY = {
  organizationName: "Contoso",
  supportContact: "ai-help@contoso.example",
  acceptableUsePolicyUrl: "https://intranet.contoso.example/ai-policy",
  serviceStatuses: { chatgpt: "approved", claude: "tolerated", gemini: "unapproved", perplexity: "approved" },
  serviceVariants: { chatgpt: "chatgpt-enterprise" },
  modelOverrides: { perplexity: "private-api" },
  alternatives: { gemini: "Contoso Chat https://chat.contoso.example/" },
  statusMessages: { unapproved: "Not for Contoso work: use Contoso Chat for anything internal." },
  unapprovedAction: "notice",
  allowUserSettings: false,
};

const EDITOR_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Editor</title></head>
<body><h1>Write here</h1><label for="prompt">Prompt</label><textarea id="prompt" autofocus></textarea></body></html>`;

let server: TestServer;
let browser: TestBrowser;
let worker: Worker;

beforeAll(async () => {
  removePolicies();
  writePolicy("popup", POLICY);
  server = await startServer();
  server.routes.push((req, res) => {
    if (!req.url?.startsWith("/editor")) return false;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(EDITOR_PAGE);
    return true;
  });
  browser = await launchBrowser({ serverPort: server.port });
  worker = await browser.worker();
  await waitForManaged(worker, (m) => m.organizationName === "Contoso");
});

afterAll(() => closeThenRemovePolicies(browser, server));

describe("a colour means one thing: the organisation's status", () => {
  it.each([
    ["https://chatgpt.com/", "approved"],
    ["https://claude.ai/new", "tolerated"],
    ["https://gemini.google.com/app", "unapproved"],
    ["https://www.perplexity.ai/", "approved"],
  ] as const)("%s: badge and chip show %s alike", async (url, status) => {
    const { page, tabId } = await browser.visit(url);
    await waitForBadge(worker, tabId, STATUS_BADGE[status].text);
    expect(await badgeColor(worker, tabId)).toBe(STATUS_BADGE[status].color);
    const popup = await openPopup(browser.context, tabId);
    expect(await popupChip(popup)).toEqual({
      text: await badgeText(worker, tabId),
      color: await badgeColor(worker, tabId),
    });
    expect(await popup.getAttribute("#service-status", "data-status")).toBe(status);
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(1200);
    const actionsBottom = await popup.evaluate(
      () => (document.querySelector("#key-actions")?.getBoundingClientRect().bottom ?? 9999) + window.scrollY,
    );
    expect(actionsBottom).toBeLessThanOrEqual(600);
    await saveScreenshot(popup, `popup-policy-${status}-${new URL(url).hostname}`);
    await popup.close();
    await page.close();
  });
});

describe("statuses say what they mean", () => {
  it("approval of the organisation's workspace plan is conditional while the workspace is not pinned", async () => {
    const { page, tabId } = await browser.visit("https://chatgpt.com/");
    const popup = await openPopup(browser.context, tabId);
    expect(await popup.textContent("#service-status")).toBe("Approved when you are signed in to Contoso's workspace");
    expect(await popup.getAttribute("#training", "data-training")).toBe("no");
    await popup.close();
    await page.close();
  });

  it("tolerated has a plain default meaning; unapproved uses the admin's words and links the alternative", async () => {
    const claude = await browser.visit("https://claude.ai/new");
    let popup = await openPopup(browser.context, claude.tabId);
    expect(await popup.textContent("#status-meaning")).toBe(DEFAULT_STATUS_MESSAGES.tolerated);
    await popup.close();
    await claude.page.close();

    const gemini = await browser.visit("https://gemini.google.com/app");
    popup = await openPopup(browser.context, gemini.tabId);
    expect(await popup.textContent("#status-meaning")).toBe(POLICY.statusMessages.unapproved);
    expect(await popup.getAttribute("#service-alternative a", "href")).toBe("https://chat.contoso.example/");
    expect(await popup.textContent("#service-alternative a")).toBe("Contoso Chat");
    await popup.close();
    await gemini.page.close();
  });
});

/** The notice's markup, read through the DevTools protocol: the page itself cannot reach it. */
async function noticeHtml(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
    type Node = { nodeName: string; nodeId: number; children?: Node[]; shadowRoots?: Node[] };
    const find = (node: Node): Node | null => {
      if (node.nodeName === "AI-RESPONSIBILITY-NOTICE") return node;
      for (const child of node.children ?? []) {
        const hit = find(child);
        if (hit !== null) return hit;
      }
      return null;
    };
    const host = find(root as Node);
    const shadow = host?.shadowRoots?.[0];
    if (shadow === undefined) return "";
    const { outerHTML } = await cdp.send("DOM.getOuterHTML", { nodeId: shadow.nodeId });
    return outerHTML;
  } finally {
    await cdp.detach();
  }
}

describe("the in-page notice", () => {
  it("never takes the focus: every character typed into the page's editor lands", async () => {
    const page = await browser.context.newPage();
    await page.goto("https://gemini.google.com/editor");
    const textarea = page.locator("#prompt");
    await textarea.focus();
    // Type while the notice arrives and after it is there.
    const typing = page.keyboard.type("confidential? no. ", { delay: 30 });
    await page.locator("ai-responsibility-notice").waitFor({ state: "attached" });
    await typing;
    await page.keyboard.type("still typing");
    expect(await textarea.inputValue()).toBe("confidential? no. still typing");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("prompt");
    await saveScreenshot(page, "notice-editor");

    // A closed shadow root: the page cannot read the organisation's text from the notice.
    expect(
      await page.evaluate(() => document.querySelector("ai-responsibility-notice")?.shadowRoot ?? null),
    ).toBeNull();
    const html = await noticeHtml(page);
    expect(html).toContain("Gemini is not approved by Contoso");
    expect(html).toContain('href="mailto:ai-help@contoso.example"');
    expect(html).toContain('href="https://chat.contoso.example/"');
    expect(html).toContain('role="status"');
    expect(html).not.toContain("alertdialog");

    // Escape dismisses it without touching what was typed.
    await page.keyboard.press("Escape");
    await page.locator("ai-responsibility-notice").waitFor({ state: "detached" });
    expect(await textarea.inputValue()).toBe("confidential? no. still typing");
    await page.close();
  });

  it("the Dismiss button closes it on click", async () => {
    const page = await browser.context.newPage();
    await page.goto("https://gemini.google.com/app");
    await page.locator("ai-responsibility-notice").waitFor({ state: "attached" });
    const box = await page.locator("ai-responsibility-notice").boundingBox();
    expect(box).not.toBeNull();
    // The closed root hides the button from selectors; click where it is drawn, found through CDP.
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
    const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "*" });
    let clicked = false;
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send("DOM.describeNode", { nodeId, depth: 1, pierce: true });
      for (const shadow of node.shadowRoots ?? []) {
        const button = await cdp.send("DOM.querySelector", { nodeId: shadow.nodeId, selector: "button" });
        if (button.nodeId === 0) continue;
        const { model } = await cdp.send("DOM.getBoxModel", { nodeId: button.nodeId });
        const [x1, y1, , , x3, y3] = model.content;
        await page.mouse.click(((x1 ?? 0) + (x3 ?? 0)) / 2, ((y1 ?? 0) + (y3 ?? 0)) / 2);
        clicked = true;
      }
      if (clicked) break;
    }
    await cdp.detach();
    expect(clicked).toBe(true);
    await page.locator("ai-responsibility-notice").waitFor({ state: "detached" });
    await page.close();
  });
});
