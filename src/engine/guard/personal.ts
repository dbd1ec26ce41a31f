/**
 * Personal data in bulk: ten or more different e-mail addresses or phone numbers. One address in a
 * signature is not a finding; a pasted customer list is.
 */
import type { Finding } from "./types";

export const BULK_THRESHOLD = 10;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b/g;
/** Domains reserved for documentation (RFC 2606 / 6761): lists of these are examples. */
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;

/**
 * A phone number as people write them: international (+44 20 7946 0958, 0044 ...), national with a
 * leading 0 (030 1234 5678, 07700 900123) or an area code in brackets, or the North American
 * 555-123-4567. Dates, versions and
 * plain long numbers do not have these shapes.
 */
const PHONE =
  /(?<![\w+.])(?:(?:\+|00)[1-9]\d{0,2}[ .-]?(?:\(0?\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}|\(0?\d{2,5}\)[ .-]?\d{2,4}(?:[ .-]?\d{2,4}){1,3}|0\d{1,4}[ .-]\d{2,4}(?:[ .-]\d{2,4}){1,3}|0\d{3,4}[ .-]\d{5,7}|\d{3}[.-]\d{3}[.-]\d{4})(?![\w.-]?\d)/g;

function bulk(text: string, pattern: RegExp, detector: string, keep: (match: string) => string | null): Finding[] {
  const matches: { start: number; end: number }[] = [];
  const distinct = new Set<string>();
  for (const m of text.matchAll(pattern)) {
    const key = keep(m[0]);
    if (key === null) continue;
    distinct.add(key);
    matches.push({ start: m.index, end: m.index + m[0].length });
  }
  if (distinct.size < BULK_THRESHOLD) return [];
  return matches.map((m) => ({ detector, kind: "personal", ...m }));
}

export function findEmailLists(text: string): Finding[] {
  return bulk(text, EMAIL, "email-list", (address) => {
    const domain = address.slice(address.lastIndexOf("@") + 1);
    return RESERVED_DOMAIN.test(domain) ? null : address.toLowerCase();
  });
}

export function findPhoneLists(text: string): Finding[] {
  return bulk(text, PHONE, "phone-list", (phone) => {
    const digits = phone.replace(/\D/g, "").replace(/^00/, "");
    return digits.length >= 8 && digits.length <= 15 ? digits : null;
  });
}
