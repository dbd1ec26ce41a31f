/**
 * Splits a URL string into a normalised hostname and path without `new URL()` on the common
 * path: classification runs on every navigation and `new URL()` costs several microseconds.
 * What the fast path cannot settle (non-ASCII or odd characters in the host, dot segments,
 * percent-escapes next to characters the WHATWG parser would rewrite) goes to that parser, which
 * also performs IDN to punycode conversion. Never throws.
 *
 * Any length is accepted, and the work stays bounded: query and fragment are never read (they
 * decide nothing), the userinfo is skipped, the path is read once, only its first MAX_PARSER_PATH
 * characters reach the URL parser, and only the first MAX_MATCH_PATH characters of its normal form
 * reach the rules (see path-normalise.ts). A URL is classified by scheme, host and path, however long its tail.
 */
import { MAX_MATCH_PATH, normalisePath } from "./path-normalise";

export interface UrlParts {
  /** Lower-case ASCII hostname, no trailing dot, no port. */
  host: string;
  /**
   * Path without query or fragment, starting with "/", in the normal form of path-normalise.ts
   * (duplicate slashes collapsed, unreserved escapes decoded), at most MAX_MATCH_PATH characters.
   */
  path: string;
}

const SLASH = 47;
const QUESTION = 63;
const HASH = 35;
const BACKSLASH = 92;
const DOT = 46;
const COLON = 58;
const AT = 64;
const PERCENT = 37;
const OPEN_BRACKET = 91;
const MAX_HOST_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
/** Path characters given to the WHATWG parser on the slow path: a few times what matching reads. */
const MAX_PARSER_PATH = 4 * MAX_MATCH_PATH;

function isPlainHostChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for hostnames the URL standard reads as IPv4 (last label numeric), and for IPv6. */
function isIpLiteral(host: string): boolean {
  if (host.charCodeAt(0) === 91) return true;
  const lastDot = host.lastIndexOf(".");
  return isDigit(host.charCodeAt(lastDot + 1));
}

/** Validates label shape; returns the host without its trailing dot, or null. */
function finishHost(host: string): string | null {
  const trimmed = host.charCodeAt(host.length - 1) === DOT ? host.slice(0, -1) : host;
  if (trimmed.length === 0 || trimmed.length > MAX_HOST_LENGTH || isIpLiteral(trimmed)) return null;
  let labelStart = 0;
  for (let i = 0; i <= trimmed.length; i++) {
    if (i === trimmed.length || trimmed.charCodeAt(i) === DOT) {
      const labelLength = i - labelStart;
      if (labelLength === 0 || labelLength > MAX_LABEL_LENGTH) return null;
      labelStart = i + 1;
    }
  }
  return trimmed;
}

function slowParse(input: string): UrlParts | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  // No protocol check: callers only get here for input starting with "http://" or "https://".
  const host = finishHost(url.hostname);
  if (host === null) return null;
  for (let i = 0; i < host.length; i++) {
    if (!isPlainHostChar(host.charCodeAt(i))) return null;
  }
  return { host, path: normalisePath(url.pathname) };
}

/**
 * slowParse on the part of `input` that can decide the result: scheme, host (without userinfo,
 * which can be any length) and the start of the path; query and fragment are left out.
 */
function slowParseBounded(input: string, schemeEnd: number, hostStart: number, authorityEnd: number): UrlParts | null {
  let pathEnd = authorityEnd;
  const limit = Math.min(input.length, authorityEnd + MAX_PARSER_PATH);
  while (pathEnd < limit) {
    const c = input.charCodeAt(pathEnd);
    if (c === QUESTION || c === HASH) break;
    pathEnd++;
  }
  const head = input.slice(0, schemeEnd) + input.slice(hostStart, pathEnd);
  return slowParse(head);
}

function schemeLength(input: string): number {
  // "https://" or "http://", any case; anything else is not a web page we classify.
  const c0 = input.charCodeAt(0) | 32;
  const c1 = input.charCodeAt(1) | 32;
  const c2 = input.charCodeAt(2) | 32;
  const c3 = input.charCodeAt(3) | 32;
  if (c0 !== 104 || c1 !== 116 || c2 !== 116 || c3 !== 112) return -1;
  let i = 4;
  if ((input.charCodeAt(4) | 32) === 115) i = 5;
  if (input.charCodeAt(i) !== COLON || input.charCodeAt(i + 1) !== SLASH || input.charCodeAt(i + 2) !== SLASH) {
    return -1;
  }
  return i + 3;
}

/*
 * The fast path reads the authority once and the path once, with no intermediate strings: only the
 * host and the path are sliced out. What it cannot settle on its own goes to slowParse.
 */

/** Shared scratch for scanAuthority's answers (one parse at a time; avoids an object per call). */
const authority = {
  hostStart: 0,
  /** Without the trailing dot. */
  hostEnd: 0,
  /** Where the authority ends (the path, query or fragment starts). */
  end: 0,
  /** Nothing between "//" (or "@") and the port. */
  empty: false,
  upper: false,
  /** Characters the fast path does not handle (non-ASCII, escapes, brackets, a bad port). */
  unusual: false,
  port: false,
  badLabels: false,
  ip: false,
};

function scanAuthority(input: string, start: number): void {
  const length = input.length;
  let hostStart = start;
  let colon = -1;
  let upper = false;
  let unusual = false;
  let labelStart = start;
  let lastLabelStart = start;
  let badLabels = false;
  let i = start;
  for (; i < length; i++) {
    const c = input.charCodeAt(i);
    if ((c >= 97 && c <= 122) || isDigit(c) || c === 45) continue;
    if (c === DOT) {
      const labelLength = i - labelStart;
      if (labelLength === 0 || labelLength > MAX_LABEL_LENGTH) badLabels = true;
      lastLabelStart = labelStart;
      labelStart = i + 1;
      continue;
    }
    if (c === SLASH || c === QUESTION || c === HASH || c === BACKSLASH) break;
    if (c >= 65 && c <= 90) {
      upper = true;
    } else if (c === AT) {
      // Userinfo: the host starts after the last "@"; what came before does not count.
      hostStart = i + 1;
      labelStart = i + 1;
      lastLabelStart = i + 1;
      colon = -1;
      upper = false;
      unusual = false;
      badLabels = false;
    } else if (c === COLON && colon < 0) {
      colon = i;
    } else {
      unusual = true;
    }
  }
  let hostEnd = i;
  if (colon >= 0) {
    for (let p = colon + 1; p < i; p++) {
      if (!isDigit(input.charCodeAt(p))) unusual = true;
    }
    hostEnd = colon;
  }
  authority.empty = hostEnd === hostStart;
  // The last label decides "IP address"; with a trailing dot it is the label before the dot.
  let finalLabelStart = labelStart;
  const finalLabelLength = hostEnd - labelStart;
  if (finalLabelLength > MAX_LABEL_LENGTH) badLabels = true;
  if (finalLabelLength === 0 && hostEnd > hostStart) {
    hostEnd--;
    finalLabelStart = lastLabelStart;
  }
  authority.hostStart = hostStart;
  authority.hostEnd = hostEnd;
  authority.end = i;
  authority.upper = upper;
  authority.unusual = unusual;
  authority.port = colon >= 0;
  authority.badLabels = badLabels;
  authority.ip = isDigit(input.charCodeAt(finalLabelStart));
}

/** Characters of a path that the WHATWG parser percent-encodes or rewrites ("\\" becomes "/"). */
function isRewrittenInPath(c: number): boolean {
  return (
    c <= 32 ||
    c >= 127 ||
    c === 34 ||
    c === 60 ||
    c === 62 ||
    c === BACKSLASH ||
    c === 94 ||
    c === 96 ||
    c === 123 ||
    c === 125
  );
}

/** Shared scratch for scanPath's answers, like `authority`. */
const pathScan = { end: 0, escaped: false };

/**
 * Reads the path from `from` (a "/") to "?", "#" or the end, once (runs of "/" of any length must
 * still collapse). False for dot segments.
 */
function scanPath(input: string, from: number): boolean {
  const length = input.length;
  let escaped = false;
  let previous = 0;
  let i = from;
  for (; i < length; i++) {
    const c = input.charCodeAt(i);
    if (c === QUESTION || c === HASH) break;
    if (c === PERCENT) {
      // "%2e" is a dot: "/%2e%2e/" is a ".." segment.
      if (input.charCodeAt(i + 1) === 50 && (input.charCodeAt(i + 2) | 32) === 101) return false;
      escaped = true;
    } else if (c === DOT && previous === SLASH) {
      return false;
    }
    previous = c;
  }
  pathScan.end = i;
  pathScan.escaped = escaped;
  return true;
}

function hasRewrittenChar(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (isRewrittenInPath(input.charCodeAt(i))) return true;
  }
  return false;
}

export function parseUrl(input: string): UrlParts | null {
  if (typeof input !== "string") return null;
  const start = schemeLength(input);
  if (start < 0) return null;
  scanAuthority(input, start);
  const { hostStart, hostEnd, end } = authority;
  if (authority.unusual) {
    // A host that starts with "[" is an IPv6 address or invalid: either way not a site we classify.
    if (authority.empty || input.charCodeAt(hostStart) === OPEN_BRACKET) return null;
    return slowParseBounded(input, start, hostStart, end);
  }
  if (hostEnd <= hostStart || authority.badLabels || authority.ip || hostEnd - hostStart > MAX_HOST_LENGTH) {
    return null;
  }
  let host = input.slice(hostStart, hostEnd);
  if (authority.upper) host = host.toLowerCase();
  if (end >= input.length || input.charCodeAt(end) !== SLASH) return { host, path: "/" };
  if (!scanPath(input, end)) return slowParseBounded(input, start, hostStart, end);
  // With escapes the path is the WHATWG parser's, as before: it is the raw path unless the parser
  // would rewrite some of it, or might reject the URL (a port over 65535, a bad punycode label).
  if (pathScan.escaped && (authority.port || host.includes("xn--") || hasRewrittenChar(input, end, pathScan.end))) {
    return slowParseBounded(input, start, hostStart, end);
  }
  return { host, path: normalisePath(input.slice(end, pathScan.end)) };
}

/**
 * Accepts what a person types: a URL, or a bare hostname (with optional path), which is read as
 * https. Returns the URL string to classify, or null when the text is not a web address at all.
 */
export function toUrlString(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || /\s/.test(trimmed)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^[^:/]+:\d/.test(trimmed)) return trimmed;
  return `https://${trimmed}`;
}
