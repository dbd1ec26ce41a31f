/** Payment card numbers that pass the Luhn check, and IBANs that pass their checksum (ibantools). */
import { getCountrySpecifications, isValidIBAN } from "ibantools";
import type { Finding } from "./types";

/** 13 to 19 digits, optionally grouped by spaces or dashes, not part of a longer number or word. */
const CARD_CANDIDATE = /(?<![\w.,/+-])\d(?:[ -]?\d){12,18}(?![\w/]|[.,-]\d)/g;
/** Issuer prefixes and lengths of the card networks people paste (Visa, Mastercard, Amex, ...). */
const CARD_ISSUER =
  /^(?:4\d{12}(?:\d{3}){0,2}|5[1-5]\d{14}|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|3[47]\d{13}|3(?:0[0-5]|[689]\d)\d{11,16}|6(?:011|4[4-9]\d|5\d\d)\d{12,15}|35(?:2[89]|[3-8]\d)\d{12,15}|62\d{14,17})$/;
/** The networks' published test numbers: in documentation they are placeholders. */
const TEST_CARDS = new Set([
  "4111111111111111",
  "4242424242424242",
  "4012888888881881",
  "5555555555554444",
  "5105105105105100",
  "378282246310005",
  "371449635398431",
  "6011111111111117",
  "3530111333300000",
]);

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Groups must use one separator throughout, as printed cards and forms do. */
function consistentSeparators(raw: string): boolean {
  const separators = new Set(raw.replace(/\d/g, ""));
  return separators.size <= 1;
}

export function findCards(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(CARD_CANDIDATE)) {
    const digits = m[0].replace(/\D/g, "");
    if (!consistentSeparators(m[0]) || !CARD_ISSUER.test(digits) || TEST_CARDS.has(digits)) continue;
    if (/^(\d)\1+$/.test(digits) || !luhnValid(digits)) continue;
    findings.push({ detector: "card", kind: "financial", start: m.index, end: m.index + m[0].length });
  }
  return findings;
}

/** Country code, check digits, then letters and digits, optionally in groups of four. */
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}/g;
const ibanLengths = new Map(
  Object.entries(getCountrySpecifications()).flatMap(([code, spec]) => (spec.chars ? [[code, spec.chars]] : [])),
);

export function findIbans(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    const length = ibanLengths.get(m[0].slice(0, 2));
    if (length === undefined) continue;
    // The pattern may run into the next word; keep exactly the country's length.
    let end = 0;
    let taken = 0;
    while (taken < length && end < m[0].length) {
      if (m[0][end] !== " ") taken++;
      end++;
    }
    if (taken < length || /[A-Za-z0-9]/.test(m[0][end] ?? "")) continue;
    if (!isValidIBAN(m[0].slice(0, end).replace(/ /g, ""))) continue;
    findings.push({ detector: "iban", kind: "financial", start: m.index, end: m.index + end });
  }
  return findings;
}
