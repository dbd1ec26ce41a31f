/** The scan CLI: JSON per input in order, offsets, redaction, policy markers, and no values printed. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const KEY = ["AKIA", "Q3EGRTZ7PLWX4MNB"].join("");
const dir = mkdtempSync(join(tmpdir(), "scan-cli-"));
const secretFile = join(dir, "notes.txt");
writeFileSync(secretFile, `use ${KEY} today\n`);
const policyFile = join(dir, "policy.json");
writeFileSync(policyFile, JSON.stringify({ pasteGuard: { sensitiveMarkers: ["Project Bluefin"] } }));

const run = (args: string[], input = "") =>
  spawnSync(TSX, ["src/node/cli/scan.ts", ...args], { cwd: ROOT, encoding: "utf8", input });

describe("scan CLI", () => {
  it("prints one object per input, in order, with offsets and kinds but never the value", () => {
    const result = run(["--json", secretFile, "-"], "nothing to see\n");
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      { input: secretFile, findings: [{ detector: "aws-access-key", kind: "secret", start: 4, end: 24 }] },
      { input: "-", findings: [] },
    ]);
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });

  it("adds the redacted text with --redact, and applies the policy's markers", () => {
    const result = run(["--json", "--redact", "--policy", policyFile, secretFile, "-"], "Status of PROJECT BLUEFIN\n");
    const [first, second] = JSON.parse(result.stdout) as { redacted: string; findings: { detector: string }[] }[];
    expect(first?.redacted).toBe("use [AWS access key] today\n");
    expect(second?.findings.map((f) => f.detector)).toEqual(["marker"]);
    expect(second?.redacted).toBe("Status of [confidential marker]\n");
  });

  it("exits 0 when nothing is found and 2 on bad usage or a missing file", () => {
    expect(run(["--json", "-"], "hello\n").status).toBe(0);
    expect(run([]).status).toBe(2);
    expect(run(["--json", join(dir, "missing.txt")]).status).toBe(2);
  });
});
