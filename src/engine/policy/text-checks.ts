/** Checks for the free text an admin writes: plain, bounded, and links that are https only. */

export type TextCheck = { ok: true; value: string } | { ok: false; message: string };

const MARKUP = /<\s*[a-z!/?]/i;

export function checkText(value: unknown, maxLength: number): TextCheck {
  if (typeof value !== "string") return { ok: false, message: `must be text, not ${kindOf(value)}` };
  const text = value.trim().replace(/\s+/g, " ");
  if (text.length === 0) return { ok: false, message: "is empty" };
  if (text.length > maxLength) return { ok: false, message: `is ${text.length} characters long; at most ${maxLength}` };
  if (hasControlCharacter(text)) return { ok: false, message: "contains control characters" };
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

/** At most 80 characters of a value, as plain text, for problem lists. */
export function summarise(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value.length > 200 ? `${value.slice(0, 200)}` : value);
  else if (value === undefined) text = "(missing)";
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  const length = typeof value === "string" ? value.length : text.length;
  return text.length > 80 ? `${text.slice(0, 77)}… (${length} characters)` : text;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 127) return true;
  }
  return false;
}
