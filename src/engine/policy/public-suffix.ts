/**
 * Public suffixes from the Public Suffix List (publicsuffix.org), ICANN and private sections, via
 * tldts. A custom host rule on one ("co.uk", "*.github.io") would claim every site anyone
 * registers under it, so validation refuses it.
 */
import { getPublicSuffix } from "tldts";

/** True when `host` (lower case, no "*.") is itself a public suffix, such as co.uk or github.io. */
export function isPublicSuffix(host: string): boolean {
  return getPublicSuffix(host, { allowPrivateDomains: true }) === host;
}
