/** Enterprise and developer platform entries in the real browser: AI paths on shared consoles, and their data-use facts. */
import { describe, expect, it } from "vitest";
import { openPopup, saveScreenshot, waitForBadge } from "./harness/browser";
import { loadModelFacts } from "./harness/model-facts";
import { useExtensionSession } from "./harness/session";

const facts = loadModelFacts();
const session = useExtensionSession();
const visit = (url: string) => session.browser.visit(url);

/** Opens the URL, waits for the service's badge and opens its popup, checking the service's name. */
async function openServicePopup(url: string, id: string) {
  const service = facts.rules.services.find((s) => s.id === id);
  if (service === undefined) throw new Error(`${id} is not in rules/`);
  const { page, tabId } = await visit(url);
  await waitForBadge(session.worker, tabId, facts.badge(service.deploymentModel).text);
  const popup = await openPopup(session.browser.context, tabId);
  expect(await popup.textContent("#service-name")).toBe(service.name);
  return { service, page, tabId, popup };
}

describe("AI paths on a shared cloud console", () => {
  it("badges the Textract console and says where AWS customers turn training off", async () => {
    const {
      service: textract,
      page,
      tabId,
      popup,
    } = await openServicePopup("https://us-east-1.console.aws.amazon.com/textract/home", "aws-textract");
    expect(await popup.getAttribute("[data-training]", "data-training")).toBe("opt-out");
    expect(await popup.textContent("#training")).toContain(textract.dataUse?.optOut ?? "(no opt-out in rules/)");
    await saveScreenshot(popup, "popup-aws-textract");
    await popup.close();

    // The same console outside the AI path is not an AI service.
    await page.goto("https://us-east-1.console.aws.amazon.com/s3/buckets");
    await waitForBadge(session.worker, tabId, "");
    await page.close();
  });
});

describe("MCP directories", () => {
  it("badges an MCP directory as what it is", async () => {
    const { page, popup } = await openServicePopup("https://www.pulsemcp.com/servers", "pulsemcp");
    await saveScreenshot(popup, "popup-pulsemcp");
    await popup.close();
    await page.close();
  });
});
