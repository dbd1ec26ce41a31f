/**
 * Writes Chromium managed-policy files for a test and removes them again. Only files named
 * ai-guide-e2e-*.json are touched, so an admin's own policies on the machine are left alone.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Worker } from "playwright-core";
import { EXTENSION_ID } from "./browser";

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? "/etc/chromium/policies/managed";
const PREFIX = "ai-guide-e2e-";

/** Writes {"3rdparty": {"extensions": {ID: policy}}} plus any browser policies (ExtensionSettings...). */
export function writePolicy(
  name: string,
  extensionPolicy: unknown,
  browserPolicies: Record<string, unknown> = {},
  extensionId = EXTENSION_ID,
): string {
  mkdirSync(POLICY_DIR, { recursive: true });
  const file = join(POLICY_DIR, `${PREFIX}${name}.json`);
  const content: Record<string, unknown> = { ...browserPolicies };
  if (extensionPolicy !== undefined) content["3rdparty"] = { extensions: { [extensionId]: extensionPolicy } };
  writeFileSync(file, JSON.stringify(content, null, 2));
  return file;
}

export function removePolicies(): void {
  let names: string[];
  try {
    names = readdirSync(POLICY_DIR);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(PREFIX)) rmSync(join(POLICY_DIR, name), { force: true });
}

/**
 * Ends a policy test: closes what it opened, then removes its policy files whatever happened,
 * and fails if any is left behind.
 */
export async function closeThenRemovePolicies(...open: ({ close(): Promise<unknown> } | undefined)[]): Promise<void> {
  try {
    for (const thing of open) await thing?.close();
  } finally {
    removePolicies();
  }
  const left = ourPolicyFiles();
  if (left.length > 0) throw new Error(`policy files left behind: ${left.join(", ")}`);
}

export function ourPolicyFiles(): string[] {
  try {
    return readdirSync(POLICY_DIR).filter((name) => name.startsWith(PREFIX));
  } catch {
    return [];
  }
}

/** Polls until storage.managed, as the extension sees it, satisfies `ready`. */
export async function waitForManaged(
  worker: Worker,
  ready: (managed: Record<string, unknown>) => boolean,
  timeoutMs = 20_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  let last: Record<string, unknown> = {};
  while (Date.now() < deadline) {
    last = await worker.evaluate(() => chrome.storage.managed.get(null) as Promise<Record<string, unknown>>);
    if (ready(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`managed storage never became ready; last seen ${JSON.stringify(last).slice(0, 300)}`);
}

/** Polls until `read` returns `expected` (for values the extension sets asynchronously). */
export async function waitForValue<T>(read: () => Promise<T>, expected: T, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${JSON.stringify(expected)}, last saw ${JSON.stringify(last)}`);
}
