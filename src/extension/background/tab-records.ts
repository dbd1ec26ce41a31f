/**
 * Which service each tab shows, kept in session storage so it survives the service worker being
 * stopped. Only the service id and the rule that matched are kept: never the URL.
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

export async function saveTabMatch(tabId: number, match: Match | null): Promise<void> {
  if (match === null) {
    await storage.remove("session", keyOf(tabId));
    return;
  }
  const record: TabRecord = { serviceId: match.service.id, host: match.host };
  if (match.path !== undefined) record.path = match.path;
  await storage.set("session", keyOf(tabId), record);
}

/** The stored match; undefined when nothing is stored (not the same as "no service"). */
export async function loadTabMatch(tabId: number): Promise<Match | null | undefined> {
  const record = await storage.get<TabRecord>("session", keyOf(tabId));
  if (record === undefined) return undefined;
  const service = activeEngine().services.get(record.serviceId);
  if (service === undefined) return null;
  const match: Match = { service, host: record.host };
  if (record.path !== undefined) match.path = record.path;
  return match;
}

export function forgetTab(tabId: number): Promise<void> {
  return storage.remove("session", keyOf(tabId));
}
