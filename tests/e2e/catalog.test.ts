/** Variants and data-use facts from the catalog, as the popup shows them in the real browser. */

import type { Worker } from "playwright-core";
import { describe, expect, it } from "vitest";
import { badgeColor, openPopup } from "./harness/browser";
import { loadModelFacts } from "./harness/model-facts";
import { useExtensionSession } from "./harness/session";

const facts = loadModelFacts();
const chatgpt = facts.rules.services.find((s) => s.id === "chatgpt");
const session = useExtensionSession();
const visit = (url: string) => session.browser.visit(url);
/** Every model's badge reads "AI"; the colour tells the models apart. */
const waitForModelBadge = (worker: Worker, tabId: number, model: string) =>
  expect.poll(() => badgeColor(worker, tabId)).toBe(facts.badge(model).color);

describe("variants", () => {
  it("lets the user say which plan they use, and remembers it for the service", async () => {
    const variant = chatgpt?.variants?.find((v) => v.deploymentModel === "private-saas");
    if (variant === undefined) throw new Error("chatgpt has no private-saas variant in rules/");
    const first = await visit("https://chatgpt.com/");
    await waitForModelBadge(session.worker, first.tabId, "public-saas");
    const popup = await openPopup(session.browser.context, first.tabId);
    const options = await popup
      .locator("#variant-select option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(["", ...(chatgpt?.variants ?? []).map((v) => v.id)]);

    await popup.selectOption("#variant-select", variant.id);
    await popup.waitForSelector('main[data-model="private-saas"]');
    expect(await popup.textContent("#model-name")).toBe(variant.name);
    expect(await popup.textContent("#plan-line")).toContain(facts.modelName("private-saas"));
    await waitForModelBadge(session.worker, first.tabId, "private-saas");
    await popup.locator("#your-part > summary").click();
    const enterpriseDomains = await popup.$$eval("li.domain", (items) =>
      items.map((li) => `${li.getAttribute("data-domain")}:${li.getAttribute("data-owner")}`),
    );
    expect(enterpriseDomains.sort()).toEqual(
      facts
        .cells("private-saas")
        .map((c) => `${c.domain}:${c.owner}`)
        .sort(),
    );
    await popup.close();

    const second = await visit("https://chat.openai.com/");
    await waitForModelBadge(session.worker, second.tabId, "private-saas");
    const again = await openPopup(session.browser.context, second.tabId);
    expect(await again.inputValue("#variant-select")).toBe(variant.id);
    await again.selectOption("#variant-select", "");
    await again.waitForSelector('main[data-model="public-saas"]');
    await waitForModelBadge(session.worker, second.tabId, "public-saas");
    // The first tab, on the same service, follows the change without being reloaded.
    await waitForModelBadge(session.worker, first.tabId, "public-saas");
    await again.close();
    await first.page.close();
    await second.page.close();
  });
});

describe("data-use facts", () => {
  it("says whether the service may train on what users type, and where to turn it off", async () => {
    const dataUse = chatgpt?.dataUse;
    if (dataUse?.optOut === undefined) throw new Error("chatgpt has no data-use facts in rules/");
    const { page, tabId } = await visit("https://chatgpt.com/");
    const popup = await openPopup(session.browser.context, tabId);
    expect(await popup.getAttribute("[data-training]", "data-training")).toBe(dataUse.training);
    expect(await popup.textContent("#training")).toContain(dataUse.optOut);
    await popup.close();
    await page.close();
  });

  it("says so plainly when no public source states it", async () => {
    const unknown = facts.rules.services.find(
      (s) =>
        s.dataUse?.training === "unknown" &&
        !["iaas", "on-prem"].includes(s.deploymentModel) &&
        s.category !== "local-runtime" &&
        s.match.some((r) => !r.paths && !r.host.startsWith("*.")),
    );
    const host = unknown?.match.find((r) => !r.paths && !r.host.startsWith("*."))?.host;
    if (host === undefined) throw new Error("no service with unknown data use");
    const { page, tabId } = await visit(`https://${host}/`);
    const popup = await openPopup(session.browser.context, tabId);
    expect(await popup.getAttribute("[data-training]", "data-training")).toBe("unknown");
    expect(await popup.textContent("#training")).toContain("not known");
    expect(await popup.locator("p#training").count(), "one quiet line, not a box").toBe(1);
    await popup.close();
    await page.close();
  });
});
