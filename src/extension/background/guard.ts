/**
 * The paste guard's side of the background: the settings for a tab's service, and the daily
 * counts of findings per detector (the only thing the guard keeps, in storage.local; no text).
 */

import type { GuardSettings } from "../../engine/guard/settings";
import { guardSettingsFor } from "../../engine/guard/settings";
import { statusFor } from "../../engine/policy";
import { type MessageSender, runtime, storage } from "../shared/browser-api";
import type { GuardStats, RequestMessage } from "../shared/messages";
import { activeEngine } from "./engine-instance";
import { currentPolicy, policyReady } from "./policy-store";

const COUNTS_PREFIX = "guard:counts:";
const KEEP_DAYS = 30;
const DETECTOR_ID = /^[a-z0-9-]{1,40}$/;
const OFF: GuardSettings = { action: "off", detectors: {}, sensitiveMarkers: [], maxFileBytes: 0 };

type GuardRequest = Extract<RequestMessage, { type: "guard-settings" | "guard-counts" | "guard-stats" }>;

export function isGuardRequest(message: RequestMessage): message is GuardRequest {
  return message.type === "guard-settings" || message.type === "guard-counts" || message.type === "guard-stats";
}

/** A content script in a web page: it has a tab, and its URL is the page's, not the extension's. */
function contentScriptUrl(sender: MessageSender): string | null {
  if (sender.tabId === undefined || sender.url === undefined) return null;
  return /^https?:/.test(sender.url) ? sender.url : null;
}

function settingsForUrl(url: string): GuardSettings {
  const match = activeEngine().match(url);
  if (match === null) return OFF;
  const { policy } = currentPolicy();
  return guardSettingsFor(policy.pasteGuard, statusFor(policy, match.service.id));
}

const today = () => new Date().toISOString().slice(0, 10);

async function addCounts(counts: unknown): Promise<boolean> {
  if (typeof counts !== "object" || counts === null) return false;
  const valid = Object.entries(counts).filter(
    ([detector, n]) => DETECTOR_ID.test(detector) && Number.isInteger(n) && n > 0 && n <= 100_000,
  ) as [string, number][];
  if (valid.length === 0) return false;
  const key = `${COUNTS_PREFIX}${today()}`;
  const day = (await storage.get<Record<string, number>>("local", key)) ?? {};
  for (const [detector, n] of valid) day[detector] = (day[detector] ?? 0) + n;
  await storage.set("local", key, day);
  await forgetOldDays();
  return true;
}

async function forgetOldDays(): Promise<void> {
  const oldest = new Date(Date.now() - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
  for (const [key] of await storage.entries("local", COUNTS_PREFIX)) {
    if (key.slice(COUNTS_PREFIX.length) < oldest) await storage.remove("local", key);
  }
}

export async function guardStats(): Promise<GuardStats> {
  const entries = await storage.entries<Record<string, number>>("local", COUNTS_PREFIX);
  const days = entries
    .map(([key, counts]) => ({ day: key.slice(COUNTS_PREFIX.length), counts }))
    .sort((a, b) => b.day.localeCompare(a.day));
  return { days };
}

/**
 * Content-script requests answer only about the sender's own tab, with the URL from the sender;
 * the stats go only to the extension's own pages.
 */
export async function handleGuardRequest(message: GuardRequest, sender: MessageSender): Promise<unknown> {
  await policyReady;
  const pageUrl = contentScriptUrl(sender);
  switch (message.type) {
    case "guard-settings":
      return pageUrl === null ? OFF : settingsForUrl(pageUrl);
    case "guard-counts":
      return { ok: pageUrl !== null && (await addCounts(message.counts)) };
    case "guard-stats":
      return sender.url?.startsWith(runtime.getURL("")) ? guardStats() : { days: [] };
  }
}
