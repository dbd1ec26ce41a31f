/**
 * Size budgets (gzip, level 9) for what the extension ships: each script group of dist/chrome and
 * the compiled rules. Limits live in bench/budgets.json; docs/performance.md quotes them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import budgets from "../../bench/budgets.json" with { type: "json" };
import { PUBLIC_SUFFIXES_FILE } from "../../src/engine/policy/public-suffix";
import { CATALOG_DETAILS_FILE } from "../../src/engine/service-details";
import { rulesForExtension } from "../../src/node/rules-for-extension";
import { loadRules } from "../../src/node/rules-loader";
import { PROJECT_ROOT, RULES_ROOT } from "../../src/node/rules-root";
import { readThirdPartyHosts } from "../../src/node/source-review";
import { builtScripts } from "./built-scripts";

/** BUDGET_DIST measures another build folder (dist/chrome by default). */
const DIST = process.env.BUDGET_DIST ?? join(PROJECT_ROOT, "dist/chrome");
const limits: Record<string, number> = budgets.gzipBytes;

const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

interface Row {
  name: string;
  files: string[];
  gzipBytes: number;
}

function measure(): Row[] {
  const rows: Row[] = builtScripts(DIST).map((group) => ({
    name: group.name,
    files: group.files,
    gzipBytes: group.files.reduce((sum, file) => sum + gzipSize(readFileSync(join(DIST, file))), 0),
  }));
  const { bundle } = rulesForExtension(loadRules(RULES_ROOT), readThirdPartyHosts(RULES_ROOT));
  const { services, model, model2025 } = bundle;
  rows.push({
    name: "rules",
    files: ["rules/ (services + model, in the service worker)"],
    gzipBytes: gzipSize(JSON.stringify({ services, model })),
  });
  // Data use, jurisdiction and facts: read when a popup opens, never at worker start.
  rows.push({
    name: "details",
    files: [CATALOG_DETAILS_FILE],
    gzipBytes: gzipSize(readFileSync(join(DIST, CATALOG_DETAILS_FILE))),
  });
  // The Public Suffix List: read only when a policy names custom services.
  rows.push({
    name: "publicSuffixes",
    files: [PUBLIC_SUFFIXES_FILE],
    gzipBytes: gzipSize(readFileSync(join(DIST, PUBLIC_SUFFIXES_FILE))),
  });
  // The 2025 revision ships in the service worker too: a policy can select it at any moment.
  rows.push({ name: "rules2025", files: ["rules/model/2025"], gzipBytes: gzipSize(JSON.stringify(model2025)) });
  return rows;
}

describe("size budgets (gzip -9)", () => {
  const rows = measure();
  const size = (bytes: number) => `${bytes.toLocaleString("en")} B`.padStart(9);
  console.log(
    [
      "gzip -9     size     budget   files",
      ...rows.map(
        (r) => `${r.name.padEnd(10)} ${size(r.gzipBytes)}  ${size(limits[r.name] ?? 0)}  ${r.files.join(", ")}`,
      ),
    ].join("\n"),
  );

  it.each(rows.map((r) => [r.name, r] as const))("%s is within its budget", (name, row) => {
    const limit = limits[name];
    expect(limit, `bench/budgets.json has no gzipBytes.${name}`).toBeTypeOf("number");
    expect(row.gzipBytes, `${name}: ${row.files.join(", ")}`).toBeLessThanOrEqual(limit as number);
  });

  it("finds every script the manifest names", () => {
    for (const name of ["background", "content", "guard", "popup"]) {
      expect(rows.find((r) => r.name === name)?.files.length ?? 0, name).toBeGreaterThan(0);
    }
  });

  it("keeps the content script under 5 KB", () => {
    expect(limits.content).toBeLessThanOrEqual(5 * 1024);
  });
});
