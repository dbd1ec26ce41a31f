/**
 * The one definition of "the same path" that every path rule uses: the engine before a lookup,
 * and the network-rule generator when it writes block rules. Browsers and servers treat these
 * spellings as one path, so a rule on "/copilot" must also catch them:
 *
 * - runs of "/" collapse to one ("//copilot" is "/copilot"; most servers and proxies do this);
 * - a percent-escape of an unreserved character (RFC 3986: A-Z a-z 0-9 - . _ ~) is decoded
 *   ("%63opilot" is "copilot"); every other escape stays encoded, with upper-case hex ("%2f" is
 *   "%2F", never "/", which would change the path's segments);
 * - letter case is kept: path rules compare ignoring ASCII case, as the network rules do.
 *
 * Dot segments are not handled here: the browser's URL parser resolves them before a tab's URL
 * exists (url-parts sends input with them to that parser).
 *
 * Only the start of a path can decide a rule (catalog and policy path prefixes are at most a few
 * hundred characters), so the result stops at MAX_MATCH_PATH characters: the work is bounded
 * whatever the length of the path. A prefix shorter than the cap still sees the character after
 * it ("/" or not), so a cut path never matches a rule it would not match whole.
 */

/** Characters of a normalised path kept for matching; longer paths are cut here. */
export const MAX_MATCH_PATH = 1024;

const SLASH = 47;
const PERCENT = 37;

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

function isUnreserved(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 45 ||
    c === 46 ||
    c === 95 ||
    c === 126
  );
}

/** True when `path` is already in normal form (the common case: no work, no new string). */
function isNormal(path: string): boolean {
  if (path.length > MAX_MATCH_PATH) return false;
  let previous = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c === PERCENT || (c === SLASH && previous === SLASH)) return false;
    previous = c;
  }
  return true;
}

/** The normal form of a path (see the file comment). Never throws; "" and non-strings give "/". */
export function normalisePath(path: string): string {
  if (typeof path !== "string" || path.length === 0) return "/";
  if (isNormal(path)) return path;
  let out = "";
  let previous = 0;
  for (let i = 0; i < path.length && out.length < MAX_MATCH_PATH; i++) {
    let c = path.charCodeAt(i);
    if (c === PERCENT) {
      const high = hexValue(path.charCodeAt(i + 1));
      const low = hexValue(path.charCodeAt(i + 2));
      if (high >= 0 && low >= 0) {
        const decoded = high * 16 + low;
        i += 2;
        if (isUnreserved(decoded)) {
          c = decoded;
        } else {
          out += `%${path[i - 1]?.toUpperCase()}${path[i]?.toUpperCase()}`;
          previous = PERCENT;
          continue;
        }
      }
    }
    if (c === SLASH && previous === SLASH) continue;
    out += String.fromCharCode(c);
    previous = c;
  }
  return out.length > MAX_MATCH_PATH ? out.slice(0, MAX_MATCH_PATH) : out;
}
