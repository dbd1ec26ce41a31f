/**
 * The content scripts on an admin's custom service in the real Firefox ESR (headless), with the
 * built add-on (dist/firefox): the policies.json defines two custom services on local test hosts,
 * the add-on has access to one of them, and there it badges the page, shows the notice and runs the
 * paste guard; on the other, the policy alone gives no guard. Taking the access back removes them.
 * Firefox also keeps a hostname's trailing dot and grants that spelling separately, so the admin
 * page asks for both spellings, and both are guarded. Nothing of the pasted key reaches the add-on's
 * storage or any console (every console is echoed to Firefox's output for the test).
 *
 * Before this test, none of it worked in Firefox: its runtime.getManifest() gives content script
 * files as full moz-extension:// URLs, which its registerContentScripts refuses ("must be a
 * relative URL"), so no script was ever registered (browser-api.ts now makes them relative, and
 * reads the fields Firefox gives as null, such as css, as absent); and the trailing-dot spelling of
 * a custom host was never requested, so it had no badge, notice or guard.
 *
 * How the host access is granted. Firefox has no policy that grants an add-on an optional host
 * permission. Firefox 153's ExtensionSettings knows installation_mode, install_url,
 * blocked_permissions and, as Chrome, runtime_blocked_hosts / runtime_allowed_hosts, where
 * runtime_allowed_hosts only carves exceptions out of runtime_blocked_hosts (Policies.sys.mjs hands
 * them to setEnterpriseGuards as "deny" and "except"); it grants nothing. A force-installed MV3
 * add-on is granted its manifest's host_permissions at install (Extension.sys.mjs,
 * isAddonRequiredByPolicy), never its optional ones. The Preferences policy could set
 * extensions.webextOptionalPermissionPrompts to false, which grants every optional permission that
 * any add-on requests without asking: not something to advise. So, as in Chromium, the user accepts
 * once (the options page's "Recognise these hosts on load", Firefox's permission prompt), or the
 * admin self-hosts a package that lists the hosts in host_permissions (docs/deployment.md, section 5).
 *
 * Firefox records a grant the user confirmed in the profile's extension-preferences.json (see
 * harness/firefox-profile-grant.ts) and reads it when the add-on starts. Headless Firefox shows
 * the permission prompt in the browser's own UI, which WebDriver BiDi cannot answer, so this test
 * writes that record into a fresh profile before Firefox starts, then installs the add-on: Firefox
 * hands the add-on the origin (permissions.getAll), and the add-on's start-up path registers the
 * scripts. The Chromium twin is custom-host-scripts.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUS_BADGE } from "../../src/engine/policy/status-badge";
import { EDITOR_PATH, editorRoute } from "./harness/editor-page";
import {
  badgeColor,
  EXTENSION_ORIGIN,
  type FirefoxBrowser,
  grantedOrigins,
  launchFirefox,
  openExtensionPage,
  saveScreenshot,
  waitFor,
  waitForBadge,
} from "./harness/firefox";
import { badgeTitle, closeThenRemoveFirefoxPolicy, waitForManaged, writeFirefoxPolicy } from "./harness/firefox-policy";
import { grantOriginsInFirefoxProfile } from "./harness/firefox-profile-grant";
import {
  AWS_KEY,
  dialogOpen,
  editorText,
  pasteEvent,
  REDACTED_TEXT,
  SECRET_TEXT,
  storedText,
} from "./harness/paste-firefox";
import { startServer, type TestServer } from "./harness/server";

const HOST = "llm.contoso.example";
const PATTERN = `*://*.${HOST}/*`;
/** Firefox keeps a hostname's trailing dot and grants that spelling separately. */
const DOT_PATTERN = `*://*.${HOST}./*`;
const PAGE_URL = `https://${HOST}${EDITOR_PATH}`;
/** A custom service of the same policy whose host the add-on was never granted. */
const OTHER_HOST = "sandbox.contoso.example";
const POLICY = {
  organizationName: "Contoso",
  serviceStatuses: { "contoso-llm-gateway": "unapproved", "contoso-sandbox": "unapproved" },
  unapprovedAction: "notice",
  customServices: [
    { id: "contoso-llm-gateway", name: "Contoso LLM Gateway", deploymentModel: "private-api", match: [{ host: HOST }] },
    { id: "contoso-sandbox", name: "Contoso Sandbox", deploymentModel: "private-api", match: [{ host: OTHER_HOST }] },
  ],
};

let profile: string;
let server: TestServer | undefined;
let firefox: FirefoxBrowser | undefined;

function ff(): FirefoxBrowser {
  if (firefox === undefined) throw new Error("Firefox did not start");
  return firefox;
}

interface Registered {
  id: string;
  js?: string[];
  matches?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}
const registered = () =>
  ff().api.evaluate(() =>
    (globalThis as unknown as { browser: typeof chrome }).browser.scripting.getRegisteredContentScripts(),
  ) as Promise<Registered[]>;
/** The manifest's content scripts as Firefox gives them: files as full moz-extension:// URLs. */
const manifestScripts = () =>
  ff().api.evaluate(() =>
    ((globalThis as unknown as { browser: typeof chrome }).browser.runtime.getManifest().content_scripts ?? []).map(
      (s) => ({ js: s.js, runAt: s.run_at }),
    ),
  );

/** Opens the editor on a host the add-on has no access to: no tab id (the extension cannot see its URL). */
async function openUngranted(url: string): Promise<Page> {
  const page = await ff().browser.newPage();
  await page.goto(url);
  return page;
}

beforeAll(async () => {
  writeFirefoxPolicy(POLICY);
  profile = mkdtempSync(join(tmpdir(), "e2e-firefox-profile-"));
  // What the admin page's button asks Firefox for (both spellings), as Firefox records it once allowed.
  grantOriginsInFirefoxProfile(profile, [DOT_PATTERN, PATTERN]);
  server = await startServer();
  server.routes.push(editorRoute);
  firefox = await launchFirefox({ serverPort: server.port, profileDir: profile, consoleToOutput: true });
  await waitForManaged(ff().api, (m) => Array.isArray(m.customServices));
});

afterAll(async () => {
  try {
    await closeThenRemoveFirefoxPolicy(firefox, server);
  } finally {
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true });
  }
});

describe("content scripts on a custom service's host, in Firefox ESR", () => {
  it("starts with the access recorded in the profile, for the granted host only", async () => {
    const origins = await grantedOrigins(ff().api);
    expect(origins).toContain(PATTERN);
    expect(origins).toContain(DOT_PATTERN);
    expect(origins.filter((o) => o.includes(OTHER_HOST))).toEqual([]);
  });

  it("has the admin page list, and ask for, each custom host in both spellings Firefox tells apart", async () => {
    const options = await openExtensionPage(ff().browser, "src/extension/options/index.html");
    await options.waitForSelector("#custom-hosts li", { timeout: 10_000 });
    const rows = await options.$$eval("#custom-hosts li", (items) =>
      items.map((li) => `${li.querySelector("code")?.textContent} ${li.getAttribute("data-granted")}`),
    );
    expect(rows).toEqual([
      `${DOT_PATTERN} true`,
      `${PATTERN} true`,
      `*://*.${OTHER_HOST}./* false`,
      `*://*.${OTHER_HOST}/* false`,
    ]);
    // The button asks for the missing ones, both spellings of the other host.
    expect(await options.$("#grant-hosts")).not.toBeNull();
    await options.close();
  });

  it("registers both manifest scripts, under their built names, for the granted host only", async () => {
    await waitFor(async () => (await registered()).length, 2, 10_000);
    const scripts = (await registered()).sort((a, b) => a.id.localeCompare(b.id));
    const declared = await manifestScripts();
    expect(declared.flatMap((s) => s.js ?? []).every((file) => file.startsWith(`${EXTENSION_ORIGIN}/`))).toBe(true);
    const relative = (files: string[] | undefined) => files?.map((file) => file.slice(EXTENSION_ORIGIN.length + 1));
    expect(scripts.map((s) => ({ js: s.js, runAt: s.runAt }))).toEqual(
      declared.map((s) => ({ js: relative(s.js), runAt: s.runAt })),
    );
    for (const script of scripts) {
      expect(script.matches).toEqual([DOT_PATTERN, PATTERN]);
      expect(script.persistAcrossSessions).toBe(true);
    }
  });

  it("badges the custom host, shows the notice, and the paste guard asks before a key is pasted", async () => {
    const { api } = ff();
    const marker = `console-capture-${Date.now()}`;
    const { page, tabId } = await ff().visit(PAGE_URL);
    await waitForBadge(api, tabId, STATUS_BADGE.unapproved.text, 10_000);
    expect(await badgeColor(api, tabId)).toBe(STATUS_BADGE.unapproved.color.toLowerCase());
    expect(await badgeTitle(api, tabId)).toContain("Contoso LLM Gateway");
    await page.waitForSelector("ai-responsibility-notice", { timeout: 10_000 });

    await pasteEvent(page, "#ta", "A clean line");
    expect(await dialogOpen(page)).toBe(false);
    await pasteEvent(page, "#ta", SECRET_TEXT);
    await waitFor(() => dialogOpen(page), true, 10_000);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("AI-RESPONSIBILITY-GUARD");
    await saveScreenshot(page, "firefox-custom-host-paste-guard");
    await page.keyboard.press("Enter");
    await waitFor(() => dialogOpen(page), false);
    // A synthetic paste inserts nothing by itself: this text is the guard's "Paste without it".
    expect(await editorText(page, "#ta")).toBe(REDACTED_TEXT);

    // Nothing of the key is kept by the add-on or written to any console (the page's, the add-on's
    // pages and background, the browser's: all echoed to Firefox's output; the marker proves it).
    await page.evaluate((m) => console.log(m), marker);
    await api.evaluate((m) => console.log(`${m}-extension`), marker);
    await waitFor(async () => ff().output().includes(`${marker}-extension`), true, 5000);
    expect(ff().output()).toContain(marker);
    expect(ff().output()).not.toContain(AWS_KEY);
    const stored = await storedText(api);
    expect(stored).not.toContain(AWS_KEY);
    expect(stored).not.toContain("Deploy notes");
    await page.close();
  });

  it("badges and guards the host's trailing-dot spelling too", async () => {
    const { api } = ff();
    const { page, tabId } = await ff().visit(`https://${HOST}.${EDITOR_PATH}`);
    await waitForBadge(api, tabId, STATUS_BADGE.unapproved.text, 10_000);
    await page.waitForSelector("ai-responsibility-notice", { timeout: 10_000 });
    await pasteEvent(page, "#ta", SECRET_TEXT);
    await waitFor(() => dialogOpen(page), true, 10_000);
    await page.keyboard.press("Escape");
    await waitFor(() => dialogOpen(page), false);
    expect(await editorText(page, "#ta")).toBe("");
    await page.close();
  });

  it("gives a custom host the add-on was not granted no guard: the policy alone does not", async () => {
    const page = await openUngranted(`https://${OTHER_HOST}${EDITOR_PATH}`);
    await pasteEvent(page, "#ta", SECRET_TEXT);
    // Long enough for the guard, which answers in well under a second on the granted host.
    await new Promise((r) => setTimeout(r, 1000));
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.$("ai-responsibility-notice")).toBeNull();
    await page.close();
  });

  it("unregisters the scripts when the access is taken back: a new page has no guard", async () => {
    expect((await registered()).length).toBe(2);
    await ff().api.evaluate(
      (origins) => (globalThis as unknown as { browser: typeof chrome }).browser.permissions.remove({ origins }),
      [DOT_PATTERN, PATTERN],
    );
    await waitFor(async () => (await registered()).length, 0, 10_000);
    const page = await openUngranted(PAGE_URL);
    await pasteEvent(page, "#ta", SECRET_TEXT);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.$("ai-responsibility-notice")).toBeNull();
    await page.close();
  });
});
