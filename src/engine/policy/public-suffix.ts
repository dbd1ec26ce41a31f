/**
 * Public suffixes from the Public Suffix List (publicsuffix.org), ICANN and private sections. A
 * custom host rule on one ("co.uk", "*.github.io") would claim every site anyone registers under
 * it, so validation refuses it. The list is data, not code: the build writes it from tldts to
 * rules/public-suffixes.json, and the service worker reads that file only when a policy names
 * custom services, so the worker does not carry the list at every start.
 */

/** Where the list sits in the built extension. */
export const PUBLIC_SUFFIXES_FILE = "rules/public-suffixes.json";

/** The list as written: rules ("co.uk", "*.ck") and exception rules ("www.ck" for "!www.ck"). */
export interface PublicSuffixData {
  rules: string[];
  exceptions: string[];
}

export interface PublicSuffixes {
  rules: ReadonlySet<string>;
  exceptions: ReadonlySet<string>;
}

export function compilePublicSuffixes(data: PublicSuffixData): PublicSuffixes {
  return { rules: new Set(data.rules), exceptions: new Set(data.exceptions) };
}

/**
 * True when `host` (lower case, no "*.") is itself a public suffix, such as co.uk or github.io: a
 * rule names it, or a wildcard rule names its parent, or it is a single label (the list's implicit
 * "*" rule); an exception rule wins over both.
 */
export function isPublicSuffix(host: string, suffixes: PublicSuffixes): boolean {
  if (suffixes.exceptions.has(host)) return false;
  if (suffixes.rules.has(host)) return true;
  const dot = host.indexOf(".");
  if (dot === -1) return true;
  return suffixes.rules.has(`*.${host.slice(dot + 1)}`);
}
