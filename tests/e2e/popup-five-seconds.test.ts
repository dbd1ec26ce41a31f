/**
 * The five-second popup in the built extension, one service per deployment model: at 400 px wide,
 * with every section closed, it fits two popup screens (≤ 1,200 px), and the first screen (600 px)
 * holds the service, its plan, the three actions and the training answer. The chip matches the
 * toolbar badge. Screenshots go to test-results/ (popup-chatgpt also refreshes docs/).
 */
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  badgeColor,
  badgeText,
  openPopup,
  PROJECT_ROOT,
  RESULTS_DIR,
  saveScreenshot,
  waitForBadge,
} from "./harness/browser";
import { loadModelFacts } from "./harness/model-facts";
import { popupChip } from "./harness/popup-chip";
import { useExtensionSession } from "./harness/session";

const facts = loadModelFacts();
const session = useExtensionSession();

const FIRST_SCREEN = 600;
const TWO_SCREENS = 1200;

interface Layout {
  height: number;
  actions: string[];
  actionsBottom: number;
  trainingBottom: number;
  training: string;
  trainingText: string;
  openDetails: number;
}

function measure(popup: Page): Promise<Layout> {
  return popup.evaluate(() => {
    const bottom = (selector: string) => {
      const el = document.querySelector(selector);
      return el === null ? Number.POSITIVE_INFINITY : el.getBoundingClientRect().bottom + window.scrollY;
    };
    const training = document.querySelector("#training");
    return {
      height: document.documentElement.scrollHeight,
      actions: [...document.querySelectorAll("#key-actions li")].map((li) => li.textContent ?? ""),
      actionsBottom: bottom("#key-actions"),
      trainingBottom: bottom("#training"),
      training: training?.getAttribute("data-training") ?? "",
      trainingText: training?.textContent ?? "",
      openDetails: document.querySelectorAll("details[open]").length,
    };
  });
}

const CASES = [
  { name: "chatgpt", url: "https://chatgpt.com/", model: "public-saas", training: "opt-out" },
  {
    name: "chatgpt-enterprise",
    url: "https://chatgpt.com/",
    model: "private-saas",
    plan: "chatgpt-enterprise",
    training: "no",
  },
  { name: "openai-platform", url: "https://platform.openai.com/docs", model: "public-api" },
  { name: "m365-copilot", url: "https://m365.cloud.microsoft/chat", model: "private-saas" },
  { name: "github-copilot", url: "https://github.com/copilot", model: "code-copilot" },
  { name: "azure-openai", url: "https://ai.azure.com/", model: "paas" },
  { name: "runpod", url: "https://runpod.io/", model: "iaas", training: "self-hosted" },
  { name: "ollama", url: "https://ollama.com/", model: "on-prem", training: "self-hosted" },
  { name: "hugging-face", url: "https://huggingface.co/", model: "public-saas" },
] as const;

describe("the first screen holds what matters", () => {
  it.each(CASES)("$name", async (c) => {
    const { page, tabId } = await session.browser.visit(c.url);
    await waitForBadge(session.worker, tabId, facts.badge(c.model).text);
    let popup = await openPopup(session.browser.context, tabId);
    if ("plan" in c) {
      await popup.selectOption("#variant-select", c.plan);
      await popup.waitForSelector(`main[data-model="${c.model}"]`);
      await popup.close();
      popup = await openPopup(session.browser.context, tabId);
    }
    expect(await popup.getAttribute("main", "data-model")).toBe(c.model);
    const layout = await measure(popup);
    expect(layout.openDetails, "every section starts closed").toBe(0);
    expect(layout.height, "two popup screens at most").toBeLessThanOrEqual(TWO_SCREENS);
    expect(layout.actions).toHaveLength(3);
    for (const action of layout.actions) expect(action.trim().length).toBeGreaterThan(10);
    expect(layout.actionsBottom, "the three actions are on the first screen").toBeLessThanOrEqual(FIRST_SCREEN);
    expect(layout.trainingBottom, "the training answer is on the first screen").toBeLessThanOrEqual(FIRST_SCREEN);
    if ("training" in c) expect(layout.training).toBe(c.training);

    // The chip is the toolbar badge: same text, same colour.
    const shown = await popupChip(popup);
    expect(shown.text).toBe(await badgeText(session.worker, tabId));
    expect(shown.color).toBe(await badgeColor(session.worker, tabId));

    await saveScreenshot(popup, `popup-${c.name}`);
    console.log(
      `${c.name}: ${layout.height} px tall, actions end at ${layout.actionsBottom} px, training at ${layout.trainingBottom} px`,
    );
    await popup.close();
    await page.close();
  });
});

describe("true for the plan", () => {
  it("ChatGPT Enterprise says no training with its source; the free plan says how to turn it off", async () => {
    const { page, tabId } = await session.browser.visit("https://chatgpt.com/");
    await waitForBadge(session.worker, tabId, facts.badge("public-saas").text);
    const popup = await openPopup(session.browser.context, tabId);
    await popup.selectOption("#variant-select", "");
    await popup.waitForSelector('#training[data-training="opt-out"]');
    expect(await popup.textContent("#training")).toContain("Settings > Data controls");
    await saveScreenshot(popup, "popup-chatgpt");
    copyFileSync(join(RESULTS_DIR, "popup-chatgpt.png"), join(PROJECT_ROOT, "docs/popup-chatgpt.png"));

    await popup.selectOption("#variant-select", "chatgpt-enterprise");
    await popup.waitForSelector('#training[data-training="no"]');
    const text = (await popup.textContent("#training")) ?? "";
    expect(text).toMatch(/^Does it train on what you type\?No/);
    expect(text).not.toMatch(/Data controls|Yes/);
    expect(await popup.getAttribute("#training a", "href")).toBe("https://openai.com/enterprise-privacy");
    expect(await popup.textContent("#plan-line")).toContain("ChatGPT Enterprise");
    expect(await popup.textContent("#good-to-know")).toContain("does not train on workspace data");
    await popup.selectOption("#variant-select", "");
    await popup.close();
    await page.close();
  });

  it("Qwen Chat: trains on input with no setting, data goes to Singapore and mainland China, each with the vendor's page", async () => {
    const { page, tabId } = await session.browser.visit("https://chat.qwen.ai/");
    await waitForBadge(session.worker, tabId, facts.badge("public-saas").text);
    const popup = await openPopup(session.browser.context, tabId);
    await popup.waitForSelector('#training[data-training="yes"]');
    expect(await popup.getAttribute("#training a", "href")).toBe("https://chat.qwen.ai/legal-agreement/privacy-policy");
    const goodToKnow = (await popup.textContent("#good-to-know")) ?? "";
    expect(goodToKnow).toContain("Singapore and Mainland China");
    expect(goodToKnow).not.toContain("archive");
    await saveScreenshot(popup, "popup-qwen-chat");
    await popup.close();
    await page.close();
  });

  it("DeepL says its answer still rests on a third party quoting DeepL's terms; ChatGPT's vendor source does not", async () => {
    const { page, tabId } = await session.browser.visit("https://www.deepl.com/translator");
    await waitForBadge(session.worker, tabId, facts.badge("public-saas").text);
    const popup = await openPopup(session.browser.context, tabId);
    await popup.waitForSelector('#training[data-training="yes"]');
    expect(await popup.textContent("#training")).toContain("a third party quoting the provider's terms");
    await saveScreenshot(popup, "popup-deepl-second-hand");
    await popup.close();
    await page.close();

    const chatgpt = await session.browser.visit("https://chatgpt.com/");
    const vendorSourced = await openPopup(session.browser.context, chatgpt.tabId);
    await vendorSourced.waitForSelector('#training[data-training="opt-out"]');
    expect(await vendorSourced.textContent("#training")).not.toContain("third party");
    await vendorSourced.close();
    await chatgpt.page.close();
  });

  it("DeepSeek shows where data goes; Hugging Face gets no chat advice; unknown is one quiet line", async () => {
    const deepseek = await session.browser.visit("https://chat.deepseek.com/");
    let popup = await openPopup(session.browser.context, deepseek.tabId);
    expect(await popup.textContent("#good-to-know")).toContain("People's Republic of China");
    await popup.close();
    await deepseek.page.close();

    const hub = await session.browser.visit("https://huggingface.co/");
    popup = await openPopup(session.browser.context, hub.tabId);
    const body = (await popup.textContent("main")) ?? "";
    expect(body).not.toMatch(/temporary chat|chatbot/i);
    expect(await popup.textContent("#key-actions")).toContain("access token");
    expect(await popup.locator("p#training.training-unknown").count()).toBe(1);
    await popup.close();
    await hub.page.close();

    const ollama = await session.browser.visit("https://ollama.com/");
    popup = await openPopup(session.browser.context, ollama.tabId);
    expect(await popup.locator("#variant-select option").first().textContent()).not.toContain("personal");
    expect(await popup.textContent("#training")).toContain("the model runs on machines you or your organisation run");
    await popup.close();
    await ollama.page.close();
  });

  it("puts the person first: IT's part is folded under each area, owners in plain words", async () => {
    const { page, tabId } = await session.browser.visit("https://ai.azure.com/");
    const popup = await openPopup(session.browser.context, tabId);
    await popup.locator("#your-part > summary").click();
    const network = popup.locator('li.domain[data-domain="network-security"]');
    expect(await network.locator("ul.do, ul.dont").allTextContents()).not.toContain("private endpoints");
    expect(await network.locator(".owner").textContent()).toMatch(/^(Your organisation|Shared|Provider)$/);
    const it_ = network.locator("details.it-part");
    expect(await it_.getAttribute("open")).toBeNull();
    await it_.locator("summary").click();
    expect(await it_.textContent()).toContain("private endpoints");
    await popup.close();
    await page.close();
  });
});
