/**
 * Which service each tab shows, kept in session storage so it survives the service worker being
 * stopped, and in memory while it runs. Only the service id and the rule that matched are kept:
 * never the URL.
 */
import type { Match } from "../../engine/types";
import { storage } from "../shared/browser-api";
import { activeEngine } from "./engine-instance";

interface TabRecord {
  serviceId: string;
  host: string;
  path?: string;
}

const keyOf = (tabId: number) => `tab:${tabId}`;
/** What this worker last wrote per tab (null: no service), to skip storage on repeated events. */
const known = new Map<number, TabRecord | null>();

const sameRecord = (a: TabRecord | null | undefined, b: TabRecord | null) =>
  a === b || (a != null && b !== null && a.serviceId === b.serviceId && a.host === b.host && a.path === b.path);

export async function saveTabMatch(tabId: number, match: Match | null): Promise<void> {
  let record: TabRecord | null = null;
  if (match !== null) {
    record = { serviceId: match.service.id, host: match.host };
    if (match.path !== undefined) record.path = match.path;
  }
  if (known.has(tabId) && sameRecord(known.get(tabId), record)) return;
  known.set(tabId, record);
  if (record === null) await storage.remove("session", keyOf(tabId));
  else await storage.set("session", keyOf(tabId), record);
}

/** The stored match; undefined when nothing is stored (not the same as "no service"). */
export async function loadTabMatch(tabId: number): Promise<Match | null | undefined> {
  // "No service" is stored as nothing, so the caller may look at the tab again (after a click,
  // activeTab can reveal a URL the worker could not see).
  const record = known.has(tabId)
    ? (known.get(tabId) ?? undefined)
    : await storage.get<TabRecord>("session", keyOf(tabId));
  if (record === undefined) return undefined;
  const service = activeEngine().services.get(record.serviceId);
  if (service === undefined) return null;
  const match: Match = { service, host: record.host };
  if (record.path !== undefined) match.path = record.path;
  return match;
}

export function forgetTab(tabId: number): Promise<void> {
  known.delete(tabId);
  return storage.remove("session", keyOf(tabId));
}
