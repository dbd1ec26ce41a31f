/**
 * The paste and upload guard in the built extension in Chromium, on local pages served at real AI
 * hostnames: real clipboard pastes (Ctrl+V) into a textarea and a contenteditable editor, a file
 * chosen in a file input and files dropped on the page, and a real admin policy.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXTENSION_ID, launchBrowser, saveScreenshot, type TestBrowser } from "./harness/browser";
import { EDITOR_PATH, editorRoute } from "./harness/editor-page";
import { AWS_KEY, accessibleNames, dialogOpen, editorText, paste, SECRET_TEXT, waitFor } from "./harness/paste";
import { closeThenRemovePolicies, removePolicies, waitForManaged, writePolicy } from "./harness/policy";
import { startServer, type TestServer } from "./harness/server";

const GITHUB_TOKEN = ["ghp_", "aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"].join("");
const REDACTED_TEXT = "Deploy notes: use [AWS access key] for the bucket";
const CLEAN_TEXT = "Summarise the meeting notes in three bullet points";
const HOSTS = ["chatgpt.com", "claude.ai", "gemini.google.com"];
const EDITORS = [
  ["textarea", "#ta"],
  ["contenteditable", "#ce"],
] as const;

let server: TestServer;

const focusedId = (page: Page) =>
  page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || "");

async function openEditor(browser: TestBrowser, host: string): Promise<Page> {
  const { page } = await browser.visit(`https://${host}${EDITOR_PATH}`);
  await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: `https://${host}` });
  return page;
}

/** Drops files on the drop zone as a drag from the desktop would deliver them. */
function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  return page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: "text/plain" }));
    const zone = document.getElementById("drop") as HTMLElement;
    zone.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: data }));
  }, files);
}
const attachedNames = (page: Page) => page.$$eval("#attached li", (items) => items.map((li) => li.textContent));

beforeAll(async () => {
  removePolicies();
  server = await startServer();
  server.routes.push(editorRoute);
});

afterAll(async () => {
  await server?.close();
});

describe("paste guard with no policy (warns on every AI service)", () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ serverPort: server.port });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const host of HOSTS) {
    for (const [kind, selector] of EDITORS) {
      it(`${host}, ${kind}: asks before pasting an AWS key; "Paste without it" leaves the placeholder`, async () => {
        const page = await openEditor(browser, host);
        await paste(page, selector, SECRET_TEXT);
        await waitFor(() => dialogOpen(page), "the dialog");
        // Focus is in the dialog, which names what was found and how many, never the value.
        expect(await focusedId(page)).toBe("AI-RESPONSIBILITY-GUARD");
        const names = (await accessibleNames(page)).join("\n");
        expect(names).toContain("What you are pasting contains sensitive data");
        expect(names).toContain("AWS access key: 1");
        expect(names).toContain("button: Paste without it");
        expect(names).toContain("button: Paste anyway");
        expect(names).toContain("button: Cancel");
        expect(names).not.toContain(AWS_KEY);
        expect(await editorText(page, selector)).toBe("");
        if (host === "chatgpt.com") await saveScreenshot(page, `paste-guard-dialog-${kind}`);

        await page.keyboard.press("Enter");
        await waitFor(async () => !(await dialogOpen(page)), "the dialog to close");
        expect(await editorText(page, selector)).toBe(REDACTED_TEXT);
        expect(await focusedId(page)).toBe(selector.slice(1));
        await page.close();
      });

      it(`${host}, ${kind}: Cancel leaves the editor unchanged; a clean paste goes straight through`, async () => {
        const page = await openEditor(browser, host);
        await paste(page, selector, CLEAN_TEXT);
        expect(await editorText(page, selector)).toBe(CLEAN_TEXT);
        expect(await dialogOpen(page)).toBe(false);

        await paste(page, selector, SECRET_TEXT);
        await waitFor(() => dialogOpen(page), "the dialog");
        await page.keyboard.press("Escape");
        await waitFor(async () => !(await dialogOpen(page)), "the dialog to close");
        expect(await editorText(page, selector)).toBe(CLEAN_TEXT);
        expect(await focusedId(page)).toBe(selector.slice(1));
        await page.close();
      });
    }
  }

  it("hands the redacted text to an editor that keeps its own model, through its paste handling", async () => {
    const page = await openEditor(browser, "chatgpt.com");
    await paste(page, "#pm", SECRET_TEXT);
    await waitFor(() => dialogOpen(page), "the dialog");
    expect(await page.evaluate(() => (window as unknown as { pmModel: string }).pmModel)).toBe("");
    await page.keyboard.press("Enter");
    await waitFor(async () => !(await dialogOpen(page)), "the dialog to close");
    expect(await page.evaluate(() => (window as unknown as { pmModel: string }).pmModel)).toBe(REDACTED_TEXT);
    expect(await editorText(page, "#pm")).toBe(REDACTED_TEXT);
    await page.close();
  });

  it("Paste anyway inserts the text as it was (Tab reaches the button)", async () => {
    const page = await openEditor(browser, "claude.ai");
    await paste(page, "#ce", SECRET_TEXT);
    await waitFor(() => dialogOpen(page), "the dialog");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await waitFor(async () => !(await dialogOpen(page)), "the dialog to close");
    expect(await editorText(page, "#ce")).toBe(SECRET_TEXT);
    await page.close();
  });

  it("does not attach a dropped .env file with a token unless the person chooses; clean files go through", async () => {
    const page = await openEditor(browser, "chatgpt.com");
    await dropFiles(page, [{ name: ".env", text: `GITHUB_TOKEN=${GITHUB_TOKEN}\nPORT=8080\n` }]);
    await waitFor(() => dialogOpen(page), "the dialog");
    const names = (await accessibleNames(page)).join("\n");
    expect(names).toContain("The file “.env” contains sensitive data");
    expect(names).toContain("GitHub token: 1");
    expect(names).toContain("button: Attach without it");
    expect(names).toContain("button: Don’t attach");
    await saveScreenshot(page, "paste-guard-file-dialog");
    await page.keyboard.press("Escape");
    await waitFor(async () => !(await dialogOpen(page)), "the dialog to close");
    expect(await attachedNames(page)).toEqual([]);

    // "Attach without it" hands the page a copy of the file with the token replaced.
    await dropFiles(page, [{ name: ".env", text: `GITHUB_TOKEN=${GITHUB_TOKEN}\nPORT=8080\n` }]);
    await waitFor(() => dialogOpen(page), "the dialog");
    await page.keyboard.press("Enter");
    await waitFor(async () => (await attachedNames(page)).length === 1, "the redacted file to arrive");
    // The page reads the file's text after it lists its name.
    const lastText = () => page.evaluate(() => (window as unknown as { lastText?: string }).lastText);
    await waitFor(async () => (await lastText()) !== undefined, "the page to read the file");
    expect(await lastText()).toBe("GITHUB_TOKEN=[GitHub token]\nPORT=8080\n");
    await page.evaluate(() => {
      (document.getElementById("attached") as HTMLElement).textContent = "";
    });

    await dropFiles(page, [{ name: "notes.md", text: "# Notes\nNothing secret here.\n" }]);
    await waitFor(async () => (await attachedNames(page)).length === 1, "the clean file to arrive");
    expect(await attachedNames(page)).toEqual(["notes.md"]);
    expect(await dialogOpen(page)).toBe(false);
    await page.close();
  });

  it("holds a file chosen in a file input until the person decides", async () => {
    const page = await openEditor(browser, "gemini.google.com");
    await page.setInputFiles("#file", {
      name: "prod.env",
      mimeType: "text/plain",
      buffer: Buffer.from(`AWS_ACCESS_KEY_ID=${AWS_KEY}\n`),
    });
    await waitFor(() => dialogOpen(page), "the dialog");
    await page.keyboard.press("Escape");
    await waitFor(async () => !(await dialogOpen(page)), "the dialog to close");
    expect(await attachedNames(page)).toEqual([]);
    expect(await page.$eval("#file", (i) => (i as HTMLInputElement).files?.length)).toBe(0);
    await page.close();
  });

  it("keeps no pasted text in the extension's storage, only counts per detector and day", async () => {
    const worker = await browser.worker();
    const stored = await worker.evaluate(async () => {
      const [local, session, sync] = await Promise.all([
        chrome.storage.local.get(null),
        chrome.storage.session.get(null),
        chrome.storage.sync.get(null),
      ]);
      return { local, session, sync };
    });
    const all = JSON.stringify(stored);
    for (const text of [AWS_KEY, GITHUB_TOKEN, "Deploy notes", "Summarise the meeting", "PORT=8080", "bucket"]) {
      expect(all).not.toContain(text);
    }
    const day = new Date().toISOString().slice(0, 10);
    const counts = (stored.local as Record<string, Record<string, number>>)[`guard:counts:${day}`];
    expect(counts?.["aws-access-key"]).toBeGreaterThanOrEqual(HOSTS.length * EDITORS.length * 2);
    expect(counts?.github).toBe(2);
  });

  it("shows the settings in effect and this device's counts on the admin page", async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/src/extension/options/index.html`);
    await page.waitForSelector("#guard-counts");
    expect(await page.textContent("#guard-actions tr[data-status=unlisted]")).toContain("Warns");
    expect(await page.textContent("#guard-counts")).toContain("AWS access key");
    expect(await page.$$eval("#guard-detectors li[data-on=true]", (l) => l.length)).toBe(5);
    await saveScreenshot(page, "paste-guard-admin");
    await page.close();
  });
});

describe("paste guard in dark mode", () => {
  it("shows the dialog in dark colours", async () => {
    const browser = await launchBrowser({ serverPort: server.port, colorScheme: "dark" });
    try {
      const page = await openEditor(browser, "gemini.google.com");
      await paste(page, "#ta", SECRET_TEXT);
      await waitFor(() => dialogOpen(page), "the dialog");
      await saveScreenshot(page, "paste-guard-dialog-dark");
    } finally {
      await browser.close();
    }
  });
});

describe("paste guard under an admin policy", () => {
  let browser: TestBrowser | undefined;
  afterAll(async () => {
    await closeThenRemovePolicies(browser);
  });

  it("is off where the policy says off, and offers no 'Paste anyway' where it blocks", async () => {
    writePolicy("guard", {
      serviceStatuses: { claude: "unapproved" },
      pasteGuard: { actions: { unlisted: "off", unapproved: "block" } },
    });
    browser = await launchBrowser({ serverPort: server.port });
    await waitForManaged(await browser.worker(), (m) => m.pasteGuard !== undefined);

    const chat = await openEditor(browser, "chatgpt.com");
    // The guard asks the background for its settings when the page starts.
    await new Promise((r) => setTimeout(r, 1000));
    await paste(chat, "#ta", SECRET_TEXT);
    expect(await editorText(chat, "#ta")).toBe(SECRET_TEXT);
    expect(await dialogOpen(chat)).toBe(false);

    const claude = await openEditor(browser, "claude.ai");
    await paste(claude, "#ta", SECRET_TEXT);
    await waitFor(() => dialogOpen(claude), "the dialog");
    const names = (await accessibleNames(claude)).join("\n");
    expect(names).toContain("Your organisation does not allow sending this here.");
    expect(names).toContain("button: Paste without it");
    expect(names).not.toContain("Paste anyway");
    await claude.close();
    await chat.close();
  });
});
