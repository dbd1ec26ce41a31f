/** `alternatives`: what to use instead of a service, as a name or as a name with an https link. */
import { checkHttpsUrl, checkText, isRecord, kindOf } from "./text-checks";
import type { Alternative } from "./types";

const MAX_NAME = 300;

/** A trailing https link in the text form: "Acme Chat https://chat.acme.example". */
const TRAILING_LINK = /^(.*\S)\s+(https:\/\/\S+)$/;

/**
 * One entry: "Acme Chat", "Acme Chat https://chat.acme.example" (Chrome's managed schema cannot
 * declare text-or-object, so the text form carries the link too), or { "name", "url" }.
 */
export function checkAlternative(entry: unknown): { ok: true; value: Alternative } | { ok: false; message: string } {
  if (typeof entry === "string") {
    const linked = TRAILING_LINK.exec(entry.trim());
    if (linked !== null) return checkAlternative({ name: linked[1], url: linked[2] });
    const name = checkText(entry, MAX_NAME);
    return name.ok ? { ok: true, value: { name: name.value } } : name;
  }
  if (!isRecord(entry)) return { ok: false, message: `must be text or { "name", "url" }, not ${kindOf(entry)}` };
  const extra = Object.keys(entry).filter((key) => key !== "name" && key !== "url");
  if (extra.length > 0)
    return { ok: false, message: `has unknown field "${extra[0]?.slice(0, 40)}"; use name and url` };
  const name = checkText(entry.name, MAX_NAME);
  if (!name.ok) return { ok: false, message: `name ${name.message}` };
  if (entry.url === undefined) return { ok: true, value: { name: name.value } };
  const url = checkHttpsUrl(entry.url);
  if (!url.ok) return { ok: false, message: `url ${url.message}` };
  return { ok: true, value: { name: name.value, url: url.value } };
}
