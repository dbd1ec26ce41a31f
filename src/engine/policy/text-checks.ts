/** Checks for the free text an admin writes: plain, bounded, and links that are https only. */

export type TextCheck = { ok: true; value: string } | { ok: false; message: string };

const MARKUP = /<\s*[a-z!/?]/i;

export function checkText(value: unknown, maxLength: number): TextCheck {
  if (typeof value !== "string") return { ok: false, message: `must be text, not ${kindOf(value)}` };
  const text = value.trim().replace(/\s+/g, " ");
  if (text.length === 0) return { ok: false, message: "is empty" };
  if (text.length > maxLength) return { ok: false, message: `is ${text.length} characters long; at most ${maxLength}` };
  if (hasControlCharacter(text)) return { ok: false, message: "contains control characters" };
  const bidi = firstBidiControl(text);
  if (bidi !== null) {
    return {
      ok: false,
      message: `contains the bidirectional control character ${bidi}, which can make text read differently from what it says; remove it`,
    };
  }
  if (MARKUP.test(text)) return { ok: false, message: "looks like HTML markup; write plain text" };
  return { ok: true, value: text };
}

export function checkHttpsUrl(value: unknown): TextCheck {
  if (typeof value !== "string") return { ok: false, message: `must be an https:// link, not ${kindOf(value)}` };
  if (value.length > 2000) return { ok: false, message: `is ${value.length} characters long; at most 2000` };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, message: "is not a valid link" };
  }
  if (url.protocol !== "https:") return { ok: false, message: "must be an https:// link" };
  if (url.username !== "" || url.password !== "")
    return { ok: false, message: "must not contain a user name or password" };
  return { ok: true, value: url.href };
}

export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "text";
  return `a ${typeof value}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** How deep and how wide a summary looks into a value: the work is bounded, whatever the value. */
const SUMMARY_DEPTH = 3;
const SUMMARY_ITEMS = 8;
const SUMMARY_LENGTH = 80;

/** Plain text for `value`, looking at most SUMMARY_DEPTH levels and SUMMARY_ITEMS entries deep. */
function preview(value: unknown, depth: number): string {
  if (typeof value === "string") return JSON.stringify(value.length > 100 ? value.slice(0, 100) : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (depth >= SUMMARY_DEPTH) return "[…]";
    const items = value.slice(0, SUMMARY_ITEMS).map((item) => preview(item, depth + 1));
    return `[${items.join(",")}${value.length > SUMMARY_ITEMS ? ",…" : ""}]`;
  }
  if (typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 0) return "{}";
    if (depth >= SUMMARY_DEPTH) return "{…}";
    const entries = keys
      .slice(0, SUMMARY_ITEMS)
      .map(
        (key) => `${JSON.stringify(key.slice(0, 40))}:${preview((value as Record<string, unknown>)[key], depth + 1)}`,
      );
    return `{${entries.join(",")}${keys.length > SUMMARY_ITEMS ? ",…" : ""}}`;
  }
  return kindOf(value);
}

/**
 * At most 80 characters of a value, as plain text, for problem lists. Bounded work and never
 * throws, whatever the depth or size of the value (a 5,000-deep list is "[[[[…]]]]").
 */
export function summarise(value: unknown): string {
  if (value === undefined) return "(missing)";
  let text: string;
  try {
    text = preview(value, 0);
  } catch {
    text = kindOf(value);
  }
  if (typeof value === "string") {
    const quoted = JSON.stringify(value);
    return quoted.length > SUMMARY_LENGTH ? `${text.slice(0, 77)}… (${value.length} characters)` : quoted;
  }
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, 77)}…` : text;
}

/** Unicode bidirectional controls: embeddings, overrides, isolates and marks (Trojan Source). */
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The first bidirectional control character in `text`, as "U+202E", or null. */
export function firstBidiControl(text: string): string | null {
  const found = BIDI_CONTROL.exec(text);
  if (found === null) return null;
  return `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 127) return true;
  }
  return false;
}
