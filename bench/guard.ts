/**
 * The paste guard's scan on pastes of 100 KB and 1 MB: prose, source code, a CSV and a few secrets,
 * built from a fixed seed. Each size is scanned in several rounds; the figure is the median.
 */
import { createScanner } from "../src/engine/guard";
import budgets from "./budgets.json" with { type: "json" };

export interface GuardResult {
  bytes: number;
  medianMs: number;
  findings: number;
}

const SIZES = [100_000, 1_000_000];
const ROUNDS = 15;

const PARTS = [
  "The quarterly review covers revenue, hiring and the roadmap for the next two releases.\n",
  "function total(items) {\n  return items.reduce((sum, item) => sum + item.price * item.quantity, 0);\n}\n",
  "id,name,city,joined\n1042,Kim Lee,Leeds,2024-03-01\n1043,Sam Roe,Lyon,2024-03-04\n",
  "Error: ENOENT at Object.openSync (node:fs:596:3) commit 4f3c2a1b9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b\n",
  `export AWS_ACCESS_KEY_ID=${["AKIA", "Q3EGRTZ7PLWX4MNB"].join("")}\n`,
  "Contact: support@contoso.com, +44 20 7946 0958. Order 55512345678 ships on 2025-06-01.\n",
];

/** Deterministic text of exactly `bytes` ASCII characters. */
export function pasteOfSize(bytes: number): string {
  let text = "";
  for (let i = 0; text.length < bytes; i++) text += PARTS[(i * 7 + (i >> 3)) % PARTS.length];
  return text.slice(0, bytes);
}

export function measureGuard(log: (line: string) => void): GuardResult[] {
  const scan = createScanner({ sensitiveMarkers: ["Contoso Confidential", "Project Bluefin"] });
  return SIZES.map((bytes) => {
    const text = pasteOfSize(bytes);
    let findings = scan(text).length; // warm-up, and the compiled patterns
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const start = process.hrtime.bigint();
      findings = scan(text).length;
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    const medianMs = Number((times[Math.floor(times.length / 2)] as number).toFixed(2));
    log(
      `guard: ${bytes.toLocaleString("en")} bytes, median ${medianMs} ms over ${ROUNDS} rounds, ${findings} findings`,
    );
    return { bytes, medianMs, findings };
  });
}

export function printGuard(results: GuardResult[]): void {
  const limits: Record<string, number> = budgets.guardScanMs;
  console.log("\nPaste guard: scanning a paste (median of 15 rounds)");
  for (const r of results) {
    const limit = limits[String(r.bytes)];
    const verdict = limit === undefined ? "" : r.medianMs <= limit ? `  within ${limit} ms` : `  OVER ${limit} ms`;
    console.log(`  ${r.bytes.toLocaleString("en").padStart(9)} bytes  ${String(r.medianMs).padStart(7)} ms${verdict}`);
  }
}
