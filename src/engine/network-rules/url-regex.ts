/**
 * Regular expressions (RE2 syntax, as declarativeNetRequest's regexFilter takes them) for a
 * catalog host rule, so the network layer matches what the engine matches: the host and its
 * subdomains on whole labels, with or without a trailing dot and a port, and a path prefix in any
 * spelling a browser sends unchanged to the server: repeated slashes (github.com//copilot) and
 * percent-escaped characters (github.com/%63opilot), on segment boundaries (/copilot, not /copilotx).
 */

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

function escapeRegex(text: string): string {
  return text.replace(REGEX_SPECIAL, "\\$&");
}

function hex(code: number): string {
  return code.toString(16).padStart(2, "0");
}

/** One path character in any spelling: itself or %XX (the rule matches case-insensitively). */
function pathChar(char: string): string {
  if (char === "/") return "(?:/|%2f)+";
  const code = char.charCodeAt(0);
  const forms = new Set([escapeRegex(char), `%${hex(code)}`]);
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  // %43 is "C": an upper-case escape of a lower-case path letter is the same path to a case-folding server.
  if (lower !== upper) forms.add(`%${hex(lower.charCodeAt(0))}`).add(`%${hex(upper.charCodeAt(0))}`);
  return forms.size === 1 ? escapeRegex(char) : `(?:${[...forms].join("|")})`;
}

/** The start of a URL on `host` ("*.x" for subdomains only), up to and excluding the path. */
export function hostRegex(host: string): string {
  const wildcard = host.startsWith("*.");
  const bare = escapeRegex(wildcard ? host.slice(2) : host);
  const labels = wildcard ? "[^/?#@:]+\\." : "(?:[^/?#@:]+\\.)?";
  return `^https?://${labels}${bare}\\.?(?::[0-9]+)?`;
}

/** A path prefix on segment boundaries, after any number of leading slashes. */
export function pathRegex(path: string): string {
  const body = path.replace(/^\/+/, "");
  const chars = [...body].map(pathChar).join("");
  const boundary = body.endsWith("/") ? "" : "(?:[/?#]|%2f|$)";
  return `(?:/|%2f)+${chars}${boundary}`;
}

export function urlRegex(host: string, path?: string): string {
  return `${hostRegex(host)}${path === undefined ? "[/?#]" : pathRegex(path)}`;
}
