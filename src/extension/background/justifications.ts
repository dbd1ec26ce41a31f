/**
 * Reasons users give to open an unapproved service (the justify action). Kept on this device
 * only, in local storage, one record per service: the reason, when, and until when. Never a URL;
 * nothing is sent anywhere.
 */
import { storage } from "../shared/browser-api";
import { JUSTIFY_REASONS, type Justification } from "../shared/messages";

const PREFIX = "justify:";

export async function allJustifications(): Promise<Justification[]> {
  return (await storage.entries<Justification>("local", PREFIX)).map(([, value]) => value);
}

export async function justificationFor(serviceId: string): Promise<Justification | null> {
  return (await storage.get<Justification>("local", `${PREFIX}${serviceId}`)) ?? null;
}

/** Service ids whose justified period is still running. */
export async function justifiedNow(now = Date.now()): Promise<Set<string>> {
  return new Set((await allJustifications()).filter((j) => j.until > now).map((j) => j.serviceId));
}

/** The end of the next period to run out, if any (to wake the worker then). */
export async function nextExpiry(now = Date.now()): Promise<number | null> {
  const ends = (await allJustifications()).map((j) => j.until).filter((until) => until > now);
  return ends.length === 0 ? null : Math.min(...ends);
}

export type JustifyInput = { serviceId: string; reason: string; detail: string };

/** Checks and stores a reason; returns the record, or an error in plain words. */
export async function recordJustification(
  input: JustifyInput,
  minutes: number,
  now = Date.now(),
): Promise<Justification | string> {
  if (!(JUSTIFY_REASONS as readonly string[]).includes(input.reason)) return "Choose one of the reasons listed.";
  const detail = input.detail.trim().replace(/\s+/g, " ").slice(0, 300);
  if (input.reason === "Something else" && detail.length < 3) return "Say in a few words why you need it.";
  const record: Justification = {
    serviceId: input.serviceId,
    reason: input.reason,
    detail,
    at: now,
    until: now + minutes * 60_000,
  };
  await storage.set("local", `${PREFIX}${input.serviceId}`, record);
  return record;
}
