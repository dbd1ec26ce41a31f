import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { POLICY_KEYS } from "../../src/engine/policy";

const ROOT = resolve(import.meta.dirname, "../..");
const schema = JSON.parse(readFileSync(join(ROOT, "public/managed_schema.json"), "utf8")) as {
  properties: Record<string, { title?: string; description?: string; type?: string }>;
};
const manifest = JSON.parse(readFileSync(join(ROOT, "manifest.json"), "utf8")) as {
  storage?: { managed_schema?: string };
};
const TSX = join(ROOT, "node_modules/.bin/tsx");

describe("managed schema", () => {
  it("is declared in the manifest", () => {
    expect(manifest.storage?.managed_schema).toBe("managed_schema.json");
  });

  it("has exactly the keys of the TypeScript policy type, each with a title, description and type", () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    for (const [key, entry] of Object.entries(schema.properties)) {
      expect(entry.title, key).toBeTruthy();
      expect(entry.description, key).toBeTruthy();
      expect(entry.type, key).toBeTruthy();
    }
  });
});

describe("policy:check", () => {
  const run = (file: string) => spawnSync(TSX, ["src/node/cli/policy-check.ts", file], { cwd: ROOT, encoding: "utf8" });

  it("accepts the example policy", () => {
    const result = run("deploy/examples/policy.json");
    expect(result.stdout).toContain("policy OK");
    expect(result.status).toBe(0);
  });

  it("names each bad key of a broken policy and exits with 1", () => {
    const result = run("deploy/examples/broken-policy.json");
    expect(result.status).toBe(1);
    for (const key of [
      "organizationName",
      "acceptableUsePolicyUrl",
      "serviceStatuses.chatgpt",
      "allowUserSettings",
      "favouriteColour",
    ]) {
      expect(result.stderr).toContain(`key "${key}"`);
    }
  });

  it("reads the extension's entry from a Chrome policy file", () => {
    const chrome = execFileSync(
      TSX,
      ["src/node/cli/policy-check.ts", "deploy/chrome/linux/ai-responsibility-guide.json"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(chrome).toContain('3rdparty extensions "');
  });
});

describe("classify --policy", () => {
  it("shows the status, the action and the policy's model", () => {
    const out = execFileSync(
      TSX,
      [
        "src/node/cli/classify.ts",
        "--json",
        "--policy",
        "deploy/examples/policy.json",
        "chatgpt.com",
        "chat.deepseek.com",
        "llm.corp.contoso.example",
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    const results = JSON.parse(out) as {
      service: string;
      deploymentModel: string;
      policy: { status: string; action: string };
    }[];
    expect(results.map((r) => [r.service, r.deploymentModel, r.policy.status, r.policy.action])).toEqual([
      ["chatgpt", "private-saas", "approved", "badge"],
      ["deepseek", "public-saas", "blocked", "block"],
      ["contoso-llm-gateway", "private-api", "approved", "badge"],
    ]);
  });
});
