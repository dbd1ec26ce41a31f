/**
 * Managed policy in the real Firefox ESR: an admin's policies.json (3rdparty.Extensions.<gecko id>)
 * written where Firefox reads it before start-up, handed by Firefox to the add-on through
 * storage.managed, and shown in the badge and the popup. The file is removed in afterAll, whatever
 * happens, and the test fails if it is left behind.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validatePolicy } from "../../src/engine/policy";
import { STATUS_BADGE } from "../../src/engine/policy/status-badge";
import { nodePublicSuffixes } from "../../src/node/public-suffix-data";
import {
  badgeColor,
  type FirefoxBrowser,
  launchFirefox,
  openPopup,
  saveScreenshot,
  waitForBadge,
} from "./harness/firefox";
import {
  badgeTitle,
  closeThenRemoveFirefoxPolicy,
  FIREFOX_POLICY_FILE,
  readManaged,
  waitForManaged,
  writeFirefoxPolicy,
} from "./harness/firefox-policy";
import { loadModelFacts } from "./harness/model-facts";
import { startServer, type TestServer } from "./harness/server";

const facts = loadModelFacts();

/** An admin's policy, with one value the extension must ignore (defaultStatus "maybe"). */
const POLICY = {
  organizationName: "Contoso",
  defaultStatus: "maybe",
  serviceStatuses: { chatgpt: "approved", gemini: "unapproved" },
  serviceVariants: { chatgpt: "chatgpt-enterprise" },
  unapprovedAction: "badge",
};
/** What the extension makes of it, from its own validator and the catalog. */
const EXPECTED = validatePolicy(POLICY, facts.rules.services, nodePublicSuffixes());

let server: TestServer | undefined;
let firefox: FirefoxBrowser | undefined;

beforeAll(async () => {
  writeFirefoxPolicy(POLICY);
  server = await startServer();
  firefox = await launchFirefox({ serverPort: server.port });
  await waitForManaged(firefox.api, (m) => m.organizationName === "Contoso");
});

afterAll(() => closeThenRemoveFirefoxPolicy(firefox, server));

function ff(): FirefoxBrowser {
  if (firefox === undefined) throw new Error("Firefox did not start");
  return firefox;
}

describe("Firefox ESR with an admin's policies.json", () => {
  it("hands every key of the file, as written, to the add-on's storage.managed", async () => {
    expect(existsSync(FIREFOX_POLICY_FILE)).toBe(true);
    expect(await readManaged(ff().api)).toEqual(POLICY);
    // The one bad value is what the extension's validator reports, and nothing else.
    expect(EXPECTED.problems.map((p) => p.key)).toEqual(["defaultStatus"]);
  });

  it("badges an approved service in the policy's plan with the status colour", async () => {
    const { api } = ff();
    const { page, tabId } = await ff().visit("https://chatgpt.com/");
    await waitForBadge(api, tabId, STATUS_BADGE.approved.text, 10_000);
    expect(await badgeColor(api, tabId)).toBe(STATUS_BADGE.approved.color.toLowerCase());
    expect(await badgeTitle(api, tabId)).toContain(`${STATUS_BADGE.approved.label} by Contoso`);
    await page.close();
  });

  it("colours an unapproved service as not approved", async () => {
    const { api } = ff();
    const { page, tabId } = await ff().visit("https://gemini.google.com/app");
    await waitForBadge(api, tabId, STATUS_BADGE.unapproved.text, 10_000);
    expect(await badgeColor(api, tabId)).toBe(STATUS_BADGE.unapproved.color.toLowerCase());
    expect(await badgeTitle(api, tabId)).toContain(`${STATUS_BADGE.unapproved.label} by Contoso`);
    await page.close();
  });

  it("shows the organisation, the policy's model and the ignored value in the popup", async () => {
    const { api, browser } = ff();
    const { page, tabId } = await ff().visit("https://chatgpt.com/");
    await waitForBadge(api, tabId, STATUS_BADGE.approved.text, 10_000);
    const popup = await openPopup(browser, tabId);
    await popup.waitForSelector(".policy-problems", { timeout: 10_000 });
    expect(await popup.$eval("#org-name", (e) => e.textContent)).toBe("Contoso");
    expect(await popup.$eval("main", (m) => m.getAttribute("data-model"))).toBe("private-saas");
    expect(await popup.$eval("#service-status", (e) => e.getAttribute("data-status"))).toBe("approved");
    const count = EXPECTED.problems.length;
    expect(await popup.$eval(".policy-problems", (e) => e.textContent)).toContain(
      `has ${count} problem${count === 1 ? "" : "s"};`,
    );
    await saveScreenshot(popup, "firefox-popup-policy");
    await popup.close();
    await page.close();
  });
});
