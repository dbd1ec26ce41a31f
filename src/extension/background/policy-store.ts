/**
 * The one place that reads the admin's managed policy. It answers at once from a copy kept in
 * session storage, which only the extension's own pages and worker can reach (never a content
 * script), so a page cannot forge the policy the worker starts with. It re-reads storage.managed
 * behind it, looks again when managed reads {} (Chromium can, for a moment after install or
 * start-up), and applies a change after a short debounce, with no restart. Only the background
 * reads managed storage; pages ask it through messages.
 */
import bundle from "virtual:rules-bundle";
import { isEmptyPolicy, type PolicyResult, validatePolicy } from "../../engine/policy";
import { storage } from "../shared/browser-api";
import { publicSuffixesFor } from "./public-suffixes";

const CACHE_KEY = "policy:managed-copy";
/** Where earlier versions kept the copy, in storage.local that content scripts can write. */
const OLD_LOCAL_CACHE_KEY = CACHE_KEY;
const DEBOUNCE_MS = 250;
/** When managed reads {} but a copy exists, look again before believing the policy is gone. */
const RECHECK_MS = [1000, 4000];

type Listener = (result: PolicyResult) => void;

let current: PolicyResult = { policy: {}, problems: [] };
let raw: Record<string, unknown> = {};
const listeners: Listener[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
/** Counts apply() calls, so a slower earlier one cannot overwrite a later one's result. */
let generation = 0;

function sameRaw(next: Record<string, unknown>): boolean {
  try {
    return JSON.stringify(next) === JSON.stringify(raw);
  } catch {
    // Too deep to compare (validation reports it): treat it as a change.
    return false;
  }
}

async function apply(next: Record<string, unknown>): Promise<void> {
  const mine = ++generation;
  // Read only when the policy names custom services; most workers never load the list.
  const suffixes = await publicSuffixesFor(next);
  if (mine !== generation) return;
  const changed = !sameRaw(next);
  raw = next;
  current = validatePolicy(next, bundle.services, suffixes);
  if (changed) for (const listener of listeners) listener(current);
}

async function readManaged(attempt = 0): Promise<void> {
  const managed = await storage.managed();
  const empty = Object.keys(managed).length === 0;
  const retry = RECHECK_MS[attempt];
  if (empty && retry !== undefined) {
    // Not believed at once: a policy may still be loading. Keep what is in use, look again.
    setTimeout(() => void readManaged(attempt + 1).catch(() => undefined), retry);
    if (Object.keys(raw).length > 0) return;
  }
  await apply(managed);
  if (!storage.hasTrustedSession()) return;
  if (empty) await storage.remove("session", CACHE_KEY);
  else await storage.set("session", CACHE_KEY, managed);
}

async function start(): Promise<void> {
  void storage.restrictToTrustedContexts();
  // Never trusted again: a content script could have written it.
  void storage.remove("local", OLD_LOCAL_CACHE_KEY).catch(() => undefined);
  const copy = storage.hasTrustedSession()
    ? await storage.get<Record<string, unknown>>("session", CACHE_KEY)
    : undefined;
  if (copy !== undefined && typeof copy === "object" && copy !== null) await apply(copy);
  // Resolve once the copy is in use; the fresh read lands behind it.
  void readManaged().catch(() => undefined);
}

/** Resolves when a policy (the copy, or none) is in use. Handlers await it before answering. */
export const policyReady: Promise<void> = start().catch(() => undefined);

export function currentPolicy(): PolicyResult {
  return current;
}

export function hasPolicy(): boolean {
  return !isEmptyPolicy(current.policy) || current.problems.length > 0;
}

export function onPolicyChange(listener: Listener): void {
  listeners.push(listener);
}

storage.onManagedChanged(() => {
  clearTimeout(timer);
  timer = setTimeout(() => void readManaged().catch(() => undefined), DEBOUNCE_MS);
});
