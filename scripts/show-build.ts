/**
 * Printed at the end of `npm run build`: what was built, and the built engine answering for a few
 * well-known addresses, so a person sees it working without opening a browser.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createEngine } from "../src/engine/engine";
import { classifyInput } from "../src/node/classify-inputs";
import { manifestExtensionIds } from "../src/node/extension-id";
import { loadRules } from "../src/node/rules-loader";
import { PROJECT_ROOT, RULES_ROOT } from "../src/node/rules-root";

const SAMPLES = [
  "https://chatgpt.com/",
  "https://github.com/copilot",
  "https://github.com/",
  "https://contoso.openai.azure.com/",
  "https://m365.cloud.microsoft/chat",
  "https://notchatgpt.com/",
];

const rules = loadRules(RULES_ROOT);
const engine = createEngine(rules.services, rules.model);
const chrome = JSON.parse(readFileSync(join(PROJECT_ROOT, "dist/chrome/manifest.json"), "utf8"));
const lines = [
  "",
  "Built:",
  `  dist/chrome   load unpacked in Chrome or Edge; extension ID ${manifestExtensionIds().chrome}`,
  "  dist/firefox  load as a temporary add-on in Firefox (about:debugging)",
  `  ${rules.services.length} AI services, ${chrome.host_permissions.length} host permissions, permissions: ${chrome.permissions.join(", ")}`,
  `  optional (asked only for hosts an admin adds by policy): ${chrome.optional_host_permissions.join(", ")}`,
  "",
  "What the badge and popup will say:",
];
for (const url of SAMPLES) {
  const result = classifyInput(engine, url);
  const model = rules.model.deploymentModels.find((m) => m.id === result.deploymentModel);
  const yours = result.responsibilities.filter((r) => r.owner !== "provider").length;
  lines.push(
    result.service === null
      ? `  ${url.padEnd(36)} no badge (no known AI service)`
      : `  ${url.padEnd(36)} [${model?.badge.text}] ${result.name}: ${result.deploymentModelName}, ${yours} of 12 domains yours or shared`,
  );
}
process.stdout.write(`${lines.join("\n")}\n`);
