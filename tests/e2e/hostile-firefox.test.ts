/**
 * The audit's Firefox findings against the built add-on in Firefox ESR, with a real policies.json:
 * 2. `https://chatgpt.com./` (trailing dot) is seen: badged, and the content script runs there;
 * 5. a policy with arrays nested 5,000 deep in some keys is not dropped: every other key applies,
 *    and the admin view names the deep keys.
 * The policy file is removed in afterAll, whatever happens.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATUS_BADGE } from "../../src/engine/policy/status-badge";
import type { PolicyProblem } from "../../src/engine/policy/types";
import {
  badgeColor,
  type FirefoxBrowser,
  launchFirefox,
  openPopup,
  tabIdFor,
  waitFor,
  waitForBadge,
} from "./harness/firefox";
import { closeThenRemoveFirefoxPolicy, writeFirefoxPolicy } from "./harness/firefox-policy";
import { startServer, type TestServer } from "./harness/server";

const DEEP = `${"[".repeat(5000)}${"]".repeat(5000)}`;

/** Valid keys, and two keys whose values are 5,000 levels deep (written as raw JSON text). */
const POLICY = {
  organizationName: "Contoso",
  serviceStatuses: { chatgpt: "unapproved" },
  unapprovedAction: "notice",
  alternatives: { chatgpt: "RAW:deep" },
  extraGuidance: { "data-privacy": { do: "RAW:deep" } },
};

interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { managed: { get(key: string): Promise<Record<string, unknown>> } };
}
declare const browser: ExtensionApi;

let server: TestServer | undefined;
let firefox: FirefoxBrowser | undefined;

beforeAll(async () => {
  writeFirefoxPolicy(POLICY, {}, undefined, { deep: DEEP });
  server = await startServer();
  firefox = await launchFirefox({ serverPort: server.port });
  // Only one key comes back to the test: WebDriver cannot serialise the 5,000-deep ones.
  const api = firefox.api;
  await waitFor(
    () => api.evaluate(async () => (await browser.storage.managed.get("organizationName")).organizationName),
    "Contoso",
    15_000,
  );
});

afterAll(() => closeThenRemoveFirefoxPolicy(firefox, server));

function ff(): FirefoxBrowser {
  if (firefox === undefined) throw new Error("Firefox did not start");
  return firefox;
}

describe("Firefox ESR against hostile input", () => {
  it("keeps every valid key of a policy with 5,000-deep values, and names the deep keys", async () => {
    const view = (await ff().api.evaluate(() => browser.runtime.sendMessage({ type: "policy-view" }))) as {
      policy: Record<string, unknown>;
      problems: PolicyProblem[];
    };
    expect(view.policy.organizationName).toBe("Contoso");
    expect(view.policy.serviceStatuses).toEqual({ chatgpt: "unapproved" });
    expect(view.policy.unapprovedAction).toBe("notice");
    const keys = view.problems.map((p) => p.key);
    expect(keys).toContain("alternatives.chatgpt");
    expect(keys).toContain("extraGuidance.data-privacy.do");
    for (const p of view.problems) {
      expect(p.value.length).toBeLessThanOrEqual(80);
      expect(p.fallback.length).toBeGreaterThan(10);
    }
  });

  it("sees the trailing-dot spelling chatgpt.com.: badge, status colour and the content script's notice", async () => {
    const { api } = ff();
    const page = await ff().browser.newPage();
    await page.goto("https://chatgpt.com./");
    const tabId = await tabIdFor(api, "https://chatgpt.com./");
    await waitForBadge(api, tabId, STATUS_BADGE.unapproved.text, 10_000);
    expect(await badgeColor(api, tabId)).toBe(STATUS_BADGE.unapproved.color.toLowerCase());
    // The notice's host element is in the page's DOM whatever the mode of its shadow root.
    await page.waitForSelector("ai-responsibility-notice", { timeout: 10_000 });
    const popup = await openPopup(ff().browser, tabId);
    expect(await popup.$eval("#service-name", (e) => e.textContent)).toBe("ChatGPT");
    await popup.close();
    await page.close();
  });
});
