/** The real catalog in rules/: size, spread, no false alarms, and coverage of the open CC0 list. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine";
import { CATEGORIES, DEPLOYMENT_MODELS } from "../../src/engine/types";
import { loadRules } from "../../src/node/rules-loader";
import { RULES_ROOT } from "../../src/node/rules-root";

const rules = loadRules(RULES_ROOT);
const engine = createEngine(rules.services, rules.model);
const idOf = (url: string) => engine.match(url)?.service.id ?? null;

describe("catalog size and spread", () => {
  it("holds at least 200 services across the categories the product promises", () => {
    expect(rules.services.length).toBeGreaterThanOrEqual(200);
    const byCategory = new Map<string, number>();
    const byModel = new Map<string, number>();
    for (const s of rules.services) {
      byCategory.set(s.category, (byCategory.get(s.category) ?? 0) + 1);
      byModel.set(s.deploymentModel, (byModel.get(s.deploymentModel) ?? 0) + 1);
    }
    console.log("services per category", Object.fromEntries([...byCategory].sort()));
    console.log("services per deployment model", Object.fromEntries([...byModel].sort()));
    // The newer, narrower categories are smaller by nature.
    const small = new Set(["productivity", "model-hub", "translation", "embedded", "mcp", "companion", "detector"]);
    for (const category of CATEGORIES.filter((c) => !small.has(c))) {
      expect(byCategory.get(category) ?? 0, category).toBeGreaterThanOrEqual(5);
    }
    for (const model of DEPLOYMENT_MODELS.filter((m) => m !== "private-api")) {
      expect(byModel.get(model) ?? 0, model).toBeGreaterThan(0);
    }
  });

  it("names a source and a review date for every service", () => {
    for (const s of rules.services) {
      expect(s.source, s.id).toMatch(/^https:\/\//);
      expect(Date.parse(s.reviewed), s.id).not.toBeNaN();
    }
  });

  it("offers the enterprise plans as variants, the public plan staying the default", () => {
    const variantModel = (service: string, variant: string) =>
      engine.services.get(service)?.variants?.find((v) => v.id === variant)?.deploymentModel;
    expect(engine.services.get("chatgpt")?.deploymentModel).toBe("public-saas");
    expect(variantModel("chatgpt", "chatgpt-enterprise")).toBe("private-saas");
    expect(engine.services.get("microsoft-copilot")?.deploymentModel).toBe("public-saas");
    expect(variantModel("microsoft-copilot", "microsoft-copilot-work")).toBe("private-saas");
    expect(engine.services.get("github-copilot")?.variants?.length).toBeGreaterThan(0);
  });
});

describe("entry points of the big platforms", () => {
  it.each([
    ["https://chatgpt.com/", "chatgpt"],
    ["https://chat.openai.com/", "chatgpt"],
    ["https://claude.ai/new", "claude"],
    ["https://gemini.google.com/app", "gemini"],
    ["https://copilot.microsoft.com/", "microsoft-copilot"],
    ["https://www.bing.com/chat", "microsoft-copilot"],
    ["https://m365.cloud.microsoft/chat", "microsoft-365-copilot"],
    ["https://github.com/copilot", "github-copilot"],
    ["https://ai.azure.com/", "azure-openai"],
    ["https://contoso.openai.azure.com/", "azure-openai"],
    ["https://platform.openai.com/", "openai-platform"],
    ["https://console.anthropic.com/", "anthropic-console"],
  ])("%s is %s", (url, id) => expect(idOf(url)).toBe(id));

  it("knows AWS and Google Cloud AI consoles by path only", () => {
    expect(idOf("https://console.aws.amazon.com/bedrock/home")).not.toBeNull();
    expect(idOf("https://console.aws.amazon.com/ec2/home")).toBeNull();
    expect(idOf("https://console.cloud.google.com/vertex-ai")).not.toBeNull();
    expect(idOf("https://console.cloud.google.com/compute/instances")).toBeNull();
  });
});

describe("no false alarms", () => {
  const notAi = [
    "https://www.google.com/",
    "https://www.google.com/search?q=chatgpt",
    "https://mail.google.com/mail/u/0/",
    "https://docs.google.com/document/d/1",
    "https://drive.google.com/",
    "https://www.youtube.com/watch?v=1",
    "https://github.com/",
    "https://github.com/torvalds/linux",
    "https://github.com/features/copilot-is-not-a-path-prefix-here",
    "https://gist.github.com/",
    "https://www.microsoft.com/en-us/",
    "https://learn.microsoft.com/en-us/azure/",
    "https://outlook.office.com/mail/",
    "https://www.office.com/",
    "https://www.bing.com/search?q=weather",
    "https://www.amazon.com/dp/B000",
    "https://aws.amazon.com/",
    "https://console.aws.amazon.com/console/home",
    "https://portal.azure.com/",
    "https://azure.microsoft.com/",
    "https://www.wikipedia.org/",
    "https://en.wikipedia.org/wiki/ChatGPT",
    "https://stackoverflow.com/questions",
    "https://news.ycombinator.com/",
    "https://www.nytimes.com/section/technology",
    "https://www.linkedin.com/feed/",
    "https://x.com/home",
    "https://www.facebook.com/",
    "https://www.reddit.com/r/ChatGPT/",
    "https://www.apple.com/",
    "https://slack.com/",
    "https://app.slack.com/client",
    "https://www.notion.so/",
    "https://www.salesforce.com/",
    "https://zoom.us/",
    "https://www.canva.com/",
    "https://www.adobe.com/",
    "https://developer.mozilla.org/en-US/docs/Web/API/URL",
    "https://www.bbc.co.uk/news/technology",
    "https://cloud.oracle.com/compute/instances",
    "https://docs.claude.com/en/docs/intro",
    "https://support.claude.com/en/",
  ];
  const lookalikes = [
    "https://notchatgpt.com/",
    "https://chatgpt.com.evil.example/",
    "https://chatgpt-login.example/",
    "https://claude.ai.phish.example/",
    "https://xn--chtgpt-5qf.com/",
    "https://chatgpt.co/",
    "https://gemini-google.com/",
    "https://githubcopilot.com.evil.example/",
    "https://openai.azure.com.evil.example/",
    "https://evil.example/github.com/copilot",
  ];
  it.each(notAi)("%s is not an AI service", (url) => expect(idOf(url)).toBeNull());
  // Non-AI pages on the shared hosts and vendor sites where the enterprise and developer platform entries match by path only.
  const notAiPlatformPages = [
    "https://console.aws.amazon.com/s3/buckets",
    "https://us-east-1.console.aws.amazon.com/iam/home",
    "https://console.aws.amazon.com/lambda/home",
    "https://console.cloud.google.com/storage/browser",
    "https://console.cloud.google.com/iam-admin/iam",
    "https://console.cloud.google.com/billing",
    "https://console.huaweicloud.com/ecs/",
    "https://console-intl.huaweicloud.com/obs/",
    "https://cloud.digitalocean.com/droplets",
    "https://cloud.digitalocean.com/databases",
    "https://app.datadoghq.com/apm/traces",
    "https://app.datadoghq.com/logs",
    "https://app.datadoghq.eu/dashboard/lists",
    "https://www.datadoghq.com/pricing/",
    "https://www.comet.com/site/",
    "https://www.comet.com/docs/v2/",
    "https://hub.docker.com/_/nginx",
    "https://hub.docker.com/search?q=postgres",
    "https://console.cloud.tencent.com/cvm",
    "https://www.braintrust.dev/blog",
    "https://www.lmnr.ai/",
    "https://www.lmnr.ai/blog",
    "https://www.sourcery.ai/blog",
    "https://www.codegen.com/",
    "https://us02web.zoom.us/j/123456789",
    "https://waabi-ai.zoom.us/j/81205991343",
    "https://github.com/marketplace",
    "https://github.com/modelcontextprotocol/servers",
    "https://docs.google.com/spreadsheets/d/1",
    "https://docs.google.com/presentation/d/1",
    "https://www.kaggle.com/competitions",
    "https://www.kaggle.com/datasets",
    "https://api.salesforce.com/",
    // Apps that users publish with an AI app builder are the users' sites, not the builder.
    "https://servicesduarte.emergent.sh/",
    "https://abc123.share.dreamflow.app/",
  ];
  it.each(notAiPlatformPages)("%s is not an AI service", (url) => expect(idOf(url)).toBeNull());
  it.each([
    ["https://us-east-1.console.aws.amazon.com/textract/home", "aws-textract"],
    ["https://console.cloud.google.com/ai/document-ai/processors", "google-document-ai"],
    ["https://console.huaweicloud.com/modelarts/?region=cn-north-4", "huawei-modelarts"],
    ["https://cloud.digitalocean.com/gen-ai/agents", "digitalocean-gradient-ai"],
    ["https://app.datadoghq.com/llm/traces", "datadog-llm-observability"],
    ["https://www.comet.com/opik/projects", "comet-opik"],
    ["https://www.braintrust.dev/app/acme", "braintrust"],
    ["https://dzd-45tgjtqytva0rr.sagemaker.us-east-1.on.aws/", "aws-sagemaker-unified-studio"],
    ["https://chatgpt.com/atlas", "chatgpt-atlas"],
    ["https://chatgpt.com/", "chatgpt"],
    ["https://platform.openai.com/agent-builder", "openai-agent-builder"],
    ["https://platform.openai.com/docs/overview", "openai-platform"],
    ["https://www.perplexity.ai/comet", "perplexity-comet"],
    ["https://github.com/mcp", "github-mcp-registry"],
    ["https://hub.docker.com/mcp", "docker-mcp-catalog"],
    ["https://glama.ai/mcp/servers", "glama-mcp"],
    ["https://docs.google.com/videos/d/1/edit", "google-vids"],
    ["https://www.kaggle.com/models", "kaggle-models"],
    ["https://api.salesforce.com/einstein/platform/v1/models", "salesforce-einstein-api"],
    ["https://nova.amazon.com/act", "amazon-nova-act"],
    ["https://www.lmnr.ai/project/p1/traces", "laminar"],
    ["https://ai.zoom.us/", "zoom-ai-companion"],
    ["https://app.braintrust.dev/app/acme", "braintrust"],
    ["https://console.cloud.tencent.com/lkeap", "tencent-tokenhub"],
    ["https://console.cloud.tencent.com/lke/app", "tencent-cloud-adp"],
  ])("%s is the platform entry %s", (url, id) => expect(idOf(url)).toBe(id));

  it.each(lookalikes)("lookalike %s matches nothing", (url) => expect(idOf(url)).toBeNull());
});

describe("no false alarms on the hosts shared with consumer AI tools", () => {
  // Each new shared host in rules/shared-hosts.json keeps its non-AI pages unbadged;
  // the brochure sites of apps that live on their own subdomain stay unbadged too.
  const notAi = [
    "https://www.grammarly.com/",
    "https://www.grammarly.com/blog/grammar/",
    "https://copyleaks.com/plagiarism-checker",
    "https://www.scribbr.com/citation/generator/",
    "https://www.scribbr.com/apa-style/",
    "https://www.freepik.com/",
    "https://www.freepik.com/free-photos-vectors/background",
    "https://search.brave.com/search?q=weather",
    "https://brave.com/",
    "https://www.naver.com/",
    "https://news.naver.com/",
    "https://www.qq.com/",
    "https://mail.qq.com/",
    "https://yandex.ru/",
    "https://mail.yandex.ru/",
    "https://yandex.com/maps/",
    "https://proton.me/mail",
    "https://mail.proton.me/u/0/inbox",
    "https://www.infomaniak.com/en",
    "https://www.wondershare.com/",
    "https://www.youdao.com/",
    "https://www.sogou.com/",
    "https://www.volcengine.com/",
    "https://www.zhihu.com/question/19550225",
    "https://www.bing.com/maps",
    "https://krisp.ai/",
    "https://www.neuroflash.com/",
    "https://www.avoma.com/pricing",
    "https://www.supernormal.com/",
    "https://originality.ai/blog",
    "https://www.opus.pro/",
    "https://www.magicschool.ai/",
    "https://reve.com/",
  ];
  it.each(notAi)("%s is not an AI service", (url) => expect(idOf(url)).toBeNull());

  it.each([
    ["https://app.grammarly.com/", "grammarly"],
    ["https://www.grammarly.com/ai-detector", "grammarly-ai-detector"],
    ["https://www.freepik.com/pikaso/ai-image-generator", "freepik-ai"],
    ["https://search.brave.com/ask?q=x", "brave-ask"],
    ["https://www.bing.com/translator", "bing-translator"],
    ["https://translate.google.com/", "google-translate"],
    ["https://alice.yandex.ru/", "yandex-alice"],
    ["https://giga.chat/", "gigachat"],
    ["https://lumo.proton.me/", "proton-lumo"],
    ["https://app.avoma.com/meetings/1", "avoma"],
    ["https://clip.opus.pro/dashboard", "opusclip"],
  ])("%s is %s", (url, id) => expect(idOf(url)).toBe(id));
});

describe("coverage of the open CC0 list", () => {
  it("matches or explicitly excludes every hostname of nullgen-inc/ai-blocklist", () => {
    const list = readFileSync(join(RULES_ROOT, "coverage/nullgen-ai-domains.txt"), "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"));
    const exclusions = JSON.parse(readFileSync(join(RULES_ROOT, "coverage/exclusions.json"), "utf8")) as {
      exclusions: { host: string; reason: string }[];
    };
    const excluded = new Set(exclusions.exclusions.map((e) => e.host));
    const matched = list.filter((host) => idOf(`https://${host}/`) !== null);
    const uncovered = list.filter((host) => idOf(`https://${host}/`) === null && !excluded.has(host));
    console.log(`CC0 list: ${list.length} hosts, ${matched.length} matched, ${excluded.size} excluded`);
    expect(list.length).toBeGreaterThan(100);
    expect(uncovered).toEqual([]);
    for (const e of exclusions.exclusions) expect(e.reason.length, e.host).toBeGreaterThanOrEqual(10);
  });
});
