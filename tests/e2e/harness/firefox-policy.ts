/**
 * Writes the Firefox enterprise policy file (policies.json) for a test and removes it again.
 *
 * Firefox ESR on Linux (MOZ_SYSTEM_POLICIES builds, Debian's firefox-esr among them) reads the
 * first of: /etc/firefox/policies/policies.json, then `distribution/policies.json` next to the
 * binary (/usr/lib/firefox-esr/distribution/ for Debian). Not /etc/firefox-esr/: the folder is
 * /etc/firefox whatever the package's name. The test uses /etc/firefox/policies/policies.json, the
 * location docs/deployment.md gives admins, which also wins over any distribution file.
 *
 * Policies are read once, at start-up: write the file before launching Firefox. An existing file
 * is never overwritten (an admin's policy on the machine): the test fails and says so, unless the
 * file holds exactly what this helper writes (left by an interrupted run), which it replaces.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Page } from "puppeteer-core";
import { GECKO_ID } from "./firefox";

export const FIREFOX_POLICY_FILE = process.env.FIREFOX_POLICY_FILE ?? "/etc/firefox/policies/policies.json";

/** What this module wrote and created, so that removal touches nothing else. */
let written: { file: string; content: string; createdDirs: string[] } | undefined;

/**
 * The policies.json text: {"policies": {...browserPolicies, "3rdparty": {"Extensions": {ID: policy}}}}.
 * `rawValues` puts JSON text where the policy holds the string "RAW:<name>" (for values
 * JSON.stringify itself cannot write, such as arrays nested 5,000 deep).
 */
export function firefoxPolicyJson(
  extensionPolicy: unknown,
  browserPolicies: Record<string, unknown> = {},
  rawValues: Record<string, string> = {},
): string {
  const policies = { ...browserPolicies, "3rdparty": { Extensions: { [GECKO_ID]: extensionPolicy } } };
  let text = JSON.stringify({ policies }, null, 2);
  for (const [name, raw] of Object.entries(rawValues)) text = text.replaceAll(JSON.stringify(`RAW:${name}`), raw);
  return `${text}\n`;
}

/** Writes the policy file (before Firefox starts). Throws, touching nothing, if someone else's file is there. */
export function writeFirefoxPolicy(
  extensionPolicy: unknown,
  browserPolicies: Record<string, unknown> = {},
  file = FIREFOX_POLICY_FILE,
  rawValues: Record<string, string> = {},
): string {
  if (written !== undefined) throw new Error(`a Firefox policy file is already written: ${written.file}`);
  const content = firefoxPolicyJson(extensionPolicy, browserPolicies, rawValues);
  let leftover = false;
  if (existsSync(file)) {
    leftover = readFileSync(file, "utf8") === content;
    if (!leftover) {
      throw new Error(
        `${file} already exists and was not written by this test: it is probably the machine's own Firefox policy. ` +
          "The test will not overwrite it. Move it away while the test runs (or point FIREFOX_POLICY_FILE at " +
          "another location Firefox reads), then run the test again.",
      );
    }
  }
  const createdDirs = missingDirs(dirname(file));
  mkdirSync(dirname(file), { recursive: true });
  // "wx" refuses to replace a file that appeared since the check; a leftover of ours is replaced.
  writeFileSync(file, content, { flag: leftover ? "w" : "wx" });
  written = { file, content, createdDirs };
  return file;
}

/** Removes the file this module wrote, and the folders it created if they are empty; throws if any is left. */
export function removeFirefoxPolicy(): void {
  const ours = written;
  if (ours === undefined) return;
  written = undefined;
  // Only our own content is removed: a file someone replaced ours with stays.
  if (existsSync(ours.file) && readFileSync(ours.file, "utf8") === ours.content) rmSync(ours.file);
  for (const dir of ours.createdDirs) {
    if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
  }
  if (existsSync(ours.file)) throw new Error(`Firefox policy file left behind: ${ours.file}`);
  const dirsLeft = ours.createdDirs.filter((dir) => existsSync(dir));
  if (dirsLeft.length > 0) throw new Error(`folders created for the policy file left behind: ${dirsLeft.join(", ")}`);
}

/** Closes what the test opened, then removes the policy file whatever happened. */
export async function closeThenRemoveFirefoxPolicy(
  ...open: ({ close(): Promise<unknown> } | undefined)[]
): Promise<void> {
  try {
    for (const thing of open) await thing?.close();
  } finally {
    removeFirefoxPolicy();
  }
}

/** Folders from `dir` upwards that do not exist yet, deepest first. */
function missingDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) missing.push(d);
  return missing;
}

/** The part of Firefox's extension API used here; extension pages expose it as `browser`. */
interface ExtensionApi {
  storage: { managed: { get(): Promise<Record<string, unknown>> } };
  action: { getTitle(d: { tabId: number }): Promise<string> };
}
declare const browser: ExtensionApi;

/**
 * storage.managed as the extension sees it, read in one of its pages. Firefox rejects the read
 * ("Managed storage manifest not found") when no policy names the add-on: returned as {error}.
 */
export function readManaged(api: Page): Promise<Record<string, unknown>> {
  return api.evaluate(async () => {
    try {
      return await browser.storage.managed.get();
    } catch (error) {
      return { error: String(error) };
    }
  });
}

/** Polls storage.managed until it satisfies `ready`. */
export async function waitForManaged(
  api: Page,
  ready: (managed: Record<string, unknown>) => boolean,
  timeoutMs = 15_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  let last: Record<string, unknown> = {};
  while (Date.now() < deadline) {
    last = await readManaged(api);
    if (ready(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`storage.managed never became ready; last saw ${JSON.stringify(last).slice(0, 300)}`);
}

export function badgeTitle(api: Page, tabId: number): Promise<string> {
  return api.evaluate((id) => browser.action.getTitle({ tabId: id }), tabId);
}
