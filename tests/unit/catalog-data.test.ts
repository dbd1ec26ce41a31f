/**
 * The catalog's facts, measured: sourced training answers for the most used services, the
 * vendor's country for every service, the app's own place rather than its brochure, and one
 * deployment model per kind of product. Each figure is printed; each example from issue 12 has a
 * check that fails if it comes back.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/engine";
import type { DataUse, Service } from "../../src/engine/types";
import { loadRules } from "../../src/node/rules-loader";
import { isHomePageOnly, reviewWarnings } from "../../src/node/rules-review";
import { RULES_ROOT } from "../../src/node/rules-root";

const rules = loadRules(RULES_ROOT);
const engine = createEngine(rules.services, rules.model);
const idOf = (url: string) => engine.match(url)?.service.id ?? null;
const service = (id: string): Service => {
  const found = engine.services.get(id);
  if (found === undefined) throw new Error(`no service "${id}"`);
  return found;
};
const variantUse = (id: string, variant: string): DataUse | undefined =>
  service(id).variants?.find((v) => v.id === variant)?.dataUse;
const readJson = <T>(name: string): T => JSON.parse(readFileSync(join(RULES_ROOT, "coverage", name), "utf8")) as T;

/**
 * A ratchet: the count of the top 100 with a sourced answer on 2026-11-29. Issue 12 asks for all
 * 100; raise this as answers are sourced, never lower it.
 */
const MIN_TOP_100_ANSWERED = 62;
const MIN_SOURCED_COUNTRIES = 277;

describe("training answers of the 100 most used services", () => {
  const top = readJson<{ source: string; services: string[] }>("top-100-services.json");

  it("lists 100 distinct services of the catalog, with where the ranking comes from", () => {
    expect(top.source.length).toBeGreaterThan(40);
    expect(new Set(top.services).size).toBe(100);
    for (const id of top.services) expect(engine.services.has(id), id).toBe(true);
  });

  it("gives a sourced answer for the most used services and reports the rest", () => {
    const unanswered = top.services.filter((id) => (service(id).dataUse?.training ?? "unknown") === "unknown");
    const answered = top.services.length - unanswered.length;
    console.log(`top 100: ${answered} with a training answer; unknown: ${unanswered.join(", ") || "none"}`);
    expect(answered).toBeGreaterThanOrEqual(MIN_TOP_100_ANSWERED);
  });
});

describe("data use per plan (issue 12 examples)", () => {
  it("Claude consumer plans train unless turned off; Team, Enterprise and API do not", () => {
    expect(service("claude").dataUse?.training).toBe("opt-out");
    expect(service("claude").dataUse?.optOut).toMatch(/Help improve Claude/);
    expect(variantUse("claude", "claude-enterprise")?.training).toBe("no");
  });

  it("Claude Code follows the account: consumer opt-out, commercial no", () => {
    expect(service("claude-code").dataUse?.training).toBe("opt-out");
    expect(variantUse("claude-code", "claude-code-commercial")?.training).toBe("no");
  });

  it("GitHub Copilot Free/Pro/Pro+ train by default; Business and Enterprise do not", () => {
    expect(service("github-copilot").dataUse?.training).toBe("opt-out");
    expect(service("github-copilot").dataUse?.plans).toMatch(/Free, Pro, Pro\+/);
    expect(service("github-copilot").dataUse?.source).toMatch(/^https:\/\/docs\.github\.com\//);
    expect(
      service("github-copilot")
        .facts?.map((f) => f.text)
        .join(" "),
    ).toContain("24 April 2026");
    expect(variantUse("github-copilot", "github-copilot-business")?.training).toBe("no");
  });

  it("Amazon Q Developer Free tier is opt-out, Pro is not used", () => {
    expect(service("amazon-q-developer").dataUse?.training).toBe("opt-out");
    expect(variantUse("amazon-q-developer", "amazon-q-developer-pro")?.training).toBe("no");
  });

  it("DeepL Free trains with no setting; DeepL Pro does not", () => {
    expect(service("deepl").dataUse?.training).toBe("yes");
    expect(variantUse("deepl", "deepl-pro")?.training).toBe("no");
  });

  it.each([
    ["lovable", "opt-out"],
    ["lmarena", "yes"],
    ["windsurf", "opt-out"],
    ["cursor", "opt-out"],
  ])("%s answers %s", (id, answer) => expect(service(id).dataUse?.training).toBe(answer));

  it("Midjourney: no training claim its terms do not make, and the licence they do take is shown", () => {
    // A third-party page said "yes"; Midjourney's own terms and privacy policy never say prompts train.
    expect(service("midjourney").dataUse?.training).toBe("unknown");
    const licence = service("midjourney").facts?.find((f) => /licence/.test(f.text));
    expect(licence?.source).toMatch(/^https:\/\/docs\.midjourney\.com\//);
    expect(licence?.archive).toMatch(/OpenTermsArchive/);
  });

  it.each([
    ["doubao", "opt-out"],
    ["qwen-chat", "yes"],
    ["jasper", "yes"],
    ["wordtune", "opt-out"],
    ["consensus", "no"],
    ["copy-ai", "unknown"],
    ["kimi", "yes"],
  ])("%s answers %s from the vendor's own terms", (id, answer) => {
    const use = service(id).dataUse;
    expect(use?.training).toBe(answer);
    if (answer !== "unknown") expect(new URL(use?.source as string).hostname).not.toMatch(/conductatlas|verifywise/);
  });

  it("business variants of those services carry their own answer", () => {
    // Cognition's platform terms (30 June 2026): Teams trains unless an admin opts out.
    expect(variantUse("windsurf", "windsurf-enterprise")?.training).toBe("opt-out");
    expect(variantUse("windsurf", "windsurf-enterprise")?.optOut).toMatch(/admin/);
    expect(variantUse("hugging-face", "hugging-face-inference-providers")?.training).toBe("no");
    expect(variantUse("cursor", "cursor-business")?.training).toBe("no");
  });

  it("services the organisation runs (IaaS, on-premises, local runtimes) say self-hosted", () => {
    for (const s of rules.services) {
      const own = (model: string) => model === "iaas" || model === "on-prem";
      if (own(s.deploymentModel)) expect(s.dataUse?.training, s.id).toBe("self-hosted");
      for (const v of s.variants ?? [])
        if (own(v.deploymentModel)) expect(v.dataUse?.training, v.id).toBe("self-hosted");
    }
  });

  it("every known answer names a page (not a home page) read on a real day", () => {
    const uses = rules.services.flatMap((s) => [
      [s.id, s.dataUse] as const,
      ...(s.variants ?? []).map((v) => [v.id, v.dataUse] as const),
    ]);
    const today = new Date().toISOString().slice(0, 10);
    let known = 0;
    for (const [id, use] of uses) {
      if (use === undefined || use.training === "unknown" || use.training === "self-hosted") continue;
      known++;
      expect(use.source, id).toMatch(/^https:\/\//);
      expect(isHomePageOnly(use.source as string), id).toBe(false);
      expect(use.read && use.read <= today, id).toBe(true);
    }
    console.log(`known training answers (services and variants): ${known}`);
  });
});

describe("sources still waiting for the vendor's own page", () => {
  interface SourceReview {
    thirdPartyHosts: string[];
    needsVendorSource: { service: string; variant?: string; field: "dataUse" | "facts"; source: string }[];
    consolePaths: { service: string; host: string; path: string; evidence: string; read: string }[];
  }
  const review = readJson<SourceReview>("source-review.json");
  const key = (service: string, variant: string | undefined, field: string, source: string) =>
    `${service}|${variant ?? ""}|${field}|${source}`;
  const thirdParty = (url: string) => review.thirdPartyHosts.includes(new URL(url).hostname);

  it("lists every fact that rests on a known third-party page, and only facts that still do", () => {
    const inCatalog = new Set<string>();
    for (const s of rules.services) {
      const add = (variant: string | undefined, field: string, source: string | undefined) => {
        if (source !== undefined && thirdParty(source)) inCatalog.add(key(s.id, variant, field, source));
      };
      add(undefined, "dataUse", s.dataUse?.source);
      for (const fact of s.facts ?? []) add(undefined, "facts", fact.source);
      for (const v of s.variants ?? []) {
        add(v.id, "dataUse", v.dataUse?.source);
        for (const fact of v.facts ?? []) add(v.id, "facts", fact.source);
      }
    }
    const listed = new Set(review.needsVendorSource.map((n) => key(n.service, n.variant, n.field, n.source)));
    expect(
      [...inCatalog].filter((k) => !listed.has(k)),
      "third-party sources missing from the list",
    ).toEqual([]);
    expect(
      [...listed].filter((k) => !inCatalog.has(k)),
      "listed sources no longer in the catalog",
    ).toEqual([]);
    console.log(`facts resting on a third-party page, waiting for the vendor's own: ${listed.size}`);
  });

  it("names a public page for every reviewed cloud-console path, and the path is in the catalog", () => {
    for (const c of review.consolePaths) {
      const rulesOfHost = service(c.service).match.filter((m) => m.host === c.host);
      const covered = rulesOfHost.some((m) => (c.path === "/" ? m.paths === undefined : m.paths?.includes(c.path)));
      expect(covered, `${c.service} ${c.host}${c.path}`).toBe(true);
      expect(c.evidence.length, c.service).toBeGreaterThan(40);
      expect(c.read).toMatch(/^20\d\d-\d\d-\d\d$/);
    }
  });
});

describe("jurisdiction", () => {
  it("names the vendor's country only with the vendor's page that says so, consistently, and reports coverage", () => {
    const byVendor = new Map<string, string>();
    let withCountry = 0;
    let withProcessing = 0;
    for (const s of rules.services) {
      if (s.jurisdiction === undefined) continue;
      withCountry++;
      expect(s.jurisdiction.source, s.id).toMatch(/^https:\/\//);
      expect(isHomePageOnly(s.jurisdiction.source), s.id).toBe(false);
      if (s.jurisdiction.processing !== undefined) withProcessing++;
      const seen = byVendor.get(s.vendor);
      if (seen !== undefined) expect(s.jurisdiction.vendorCountry, `${s.id} (${s.vendor})`).toBe(seen);
      byVendor.set(s.vendor, s.jurisdiction.vendorCountry);
    }
    console.log(
      `jurisdiction: ${withCountry} of ${rules.services.length} services name the vendor's country from its own page, ${withProcessing} where data is processed`,
    );
    // A floor in services, not a share: new entries without a sourced country must not lower it.
    expect(withCountry).toBeGreaterThanOrEqual(MIN_SOURCED_COUNTRIES);
  });

  it.each([
    ["claude", "US"],
    ["mistral-le-chat", "FR"],
    ["deepl", "DE"],
    ["kimi", "CN"],
    ["cohere", "CA"],
    ["lovable", "US"],
    ["qwen-chat", "SG"],
  ])("%s is a %s vendor", (id, country) => expect(service(id).jurisdiction?.vendorCountry).toBe(country));

  it.each([
    ["mistral-platform", /EU/],
    ["anthropic-console", /US/],
    ["azure-openai", /geography/],
    ["amazon-q-developer", /US Regions/],
  ])("%s says where data is processed, with the page it comes from", (id, where) => {
    const j = service(id).jurisdiction;
    expect(j?.processing).toMatch(where);
    expect(j?.source).toMatch(/^https:\/\//);
    expect(j?.read).toMatch(/^20\d\d-\d\d-\d\d$/);
  });
});

describe("where the app is, not the brochure", () => {
  it.each([
    ["https://notebooklm.cloud.google.com/", "notebooklm-enterprise"],
    ["https://ai.studio/", "google-ai-studio"],
    ["https://flow.google/", "google-flow"],
    ["https://opal.google/", "google-opal"],
    ["https://www.qianwen.com/", "tongyi-qianwen"],
    ["https://chat.qwen.ai/", "qwen-chat"],
    ["https://kimi.ai/", "kimi"],
    ["https://www.perplexity.com/", "perplexity"],
    ["https://console.aws.amazon.com/amazonq/developer", "amazon-q-developer"],
    ["https://console.aws.amazon.com/amazonq/business/applications", "amazon-q-business"],
    ["https://us-east-1.console.aws.amazon.com/bedrock-agentcore/home", "aws-bedrock"],
    ["https://dbc-1234.cloud.databricks.com/genie/rooms/1", "databricks-mosaic-ai"],
    ["https://ai.snowflake.com/", "snowflake-cortex"],
    ["https://cloud.oracle.com/ai-services/generative-ai/playground", "oci-generative-ai"],
    ["https://north.cohere.com/", "cohere-north"],
    ["https://claude.ai/new", "claude"],
    ["https://chat.deepseek.com/a/chat/s/1", "deepseek"],
    ["https://platform.claude.com/", "anthropic-console"],
  ])("%s is %s", (url, id) => expect(idOf(url)).toBe(id));

  it.each([
    "https://docs.claude.com/en/docs/intro",
    "https://code.claude.com/docs/en/overview",
    "https://support.claude.com/en/",
    "https://status.claude.com/",
    "https://claude.com/pricing",
    "https://cloud.oracle.com/compute/instances",
    "https://console.aws.amazon.com/ec2/home",
    "https://dbc-1234.cloud.databricks.com/sql/editor",
    "https://api-docs.deepseek.com/",
    "https://www.deepseek.com/en",
  ])("%s gets no badge", (url) => expect(idOf(url)).toBeNull());
});

describe("one deployment model per kind of product", () => {
  it("enterprise-only products default to a private model", () => {
    for (const id of ["writer", "cohere-north", "microsoft-365-copilot", "notebooklm-enterprise", "snowflake-cortex"]) {
      expect(service(id).deploymentModel, id).toBe("private-saas");
    }
  });

  it("Microsoft 365 Copilot offers the personal (consumer) plan as a public variant", () => {
    const personal = service("microsoft-365-copilot").variants?.find((v) => v.id === "microsoft-365-copilot-personal");
    expect(personal?.deploymentModel).toBe("public-saas");
  });

  it("prompt-to-app builders share one model", () => {
    const builders = ["v0", "bolt", "lovable", "base44", "replit", "figma-make", "github-spark"];
    expect(new Set(builders.map((id) => service(id).deploymentModel))).toEqual(new Set(["code-copilot"]));
  });
});

describe("review discipline", () => {
  it("warns about old reviews, answers read long ago and home-page-only sources, and about nothing else", () => {
    const fresh: Service = {
      id: "example-chat",
      name: "Example Chat",
      vendor: "Example Inc.",
      category: "chat",
      deploymentModel: "public-saas",
      match: [{ host: "chat.example.ai" }],
      dataUse: { training: "no", source: "https://example.ai/privacy#training", read: "2026-11-01" },
      source: "https://docs.example.ai/network-requirements",
      reviewed: "2026-06-02",
    };
    const old: Service = {
      ...fresh,
      reviewed: "2026-06-01",
      source: "https://www.example.ai/",
      dataUse: { training: "no", source: "https://example.ai/privacy#training", read: "2026-06-01" },
    };
    const warnings = reviewWarnings([old], new Date("2026-11-29"));
    expect(warnings.map((w) => w.field).sort()).toEqual(["dataUse.source", "reviewed", "source"]);
    expect(warnings.find((w) => w.field === "dataUse.source")?.message).toContain("as of 2026-06-01, 181 days ago");
    expect(reviewWarnings([fresh], new Date("2026-11-29"))).toEqual([]);
    console.log(`rules:check review warnings today: ${reviewWarnings(rules.services).length}`);
  });
});

describe("coverage of popular AI products", () => {
  it("reports how many of the editor's list of popular AI products the catalog recognises", () => {
    const list = readJson<{ source: string; products: { name: string; url: string }[] }>("popular-ai-products.json");
    expect(list.source.length).toBeGreaterThan(40);
    const missed = list.products.filter((p) => idOf(p.url) === null);
    const matched = list.products.length - missed.length;
    const percent = Math.round((100 * matched) / list.products.length);
    console.log(
      `popular AI products: ${matched} of ${list.products.length} recognised (${percent}%); missed: ${missed.map((p) => p.name).join(", ")}`,
    );
    expect(percent).toBeGreaterThanOrEqual(75);
  });
});
