/**
 * Regular expressions (RE2 syntax, as declarativeNetRequest's regexFilter takes them; rules set
 * them case-insensitive) for a catalog host rule, so the network layer matches what the engine
 * matches: the host and its subdomains on whole labels, with or without a trailing dot and a port,
 * and a path prefix on segment boundaries (/copilot, not /copilotx) after any number of slashes
 * (github.com//copilot).
 *
 * Percent-escaped spellings (github.com/%63opilot) get their own rule per host (escapedPathRegex):
 * spelling every character both ways makes a regex Chrome refuses (its compiled program must stay
 * under 2 KB, and a 16-character path already exceeds it).
 */

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

function escapeRegex(text: string): string {
  return text.replace(REGEX_SPECIAL, "\\$&");
}

const SLASHES = "(?:/|%2f)+";

/** The start of a URL on `host` ("*.x" for subdomains only), up to and excluding the path. */
export function hostRegex(host: string): string {
  const wildcard = host.startsWith("*.");
  const bare = escapeRegex(wildcard ? host.slice(2) : host);
  const labels = wildcard ? "[a-z0-9_-][a-z0-9_.-]*\\." : "(?:[a-z0-9_.-]*\\.)?";
  return `^https?://${labels}${bare}\\.?(?::[0-9]+)?`;
}

/** A path prefix on segment boundaries, after any number of leading slashes. */
export function pathRegex(path: string): string {
  const body = path.replace(/^\/+/, "");
  const chars = [...body].map((c) => (c === "/" ? SLASHES : escapeRegex(c))).join("");
  const boundary = body.endsWith("/") ? "" : "(?:[/?#]|%2f|$)";
  return `${SLASHES}${chars}${boundary}`;
}

export function urlRegex(host: string, path?: string): string {
  return `${hostRegex(host)}${path === undefined ? "[/?#]" : pathRegex(path)}`;
}

/**
 * A path on `host` that spells an unreserved character (letter, digit, - . _ ~) as a percent
 * escape. Browsers and sites never write such links (RFC 3986 section 6.2.2.2 says to decode
 * them); on a host where a path is blocked they are a way around the rule, so they are caught too.
 */
export function escapedPathRegex(host: string): string {
  return `${hostRegex(host)}/[^?#]*%(?:[46][1-9a-f]|[57][0-9a]|3[0-9]|2d|2e|5f|7e)`;
}
