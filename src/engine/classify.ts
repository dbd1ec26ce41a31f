import { type HostIndex, lookupHost } from "./host-index";
import type { Match } from "./types";
import { parseUrl } from "./url-parts";

/** Which AI service (and which of its rules) a URL belongs to; null for anything else. */
export function classifyUrl(index: HostIndex, url: string): Match | null {
  const parts = parseUrl(url);
  if (parts === null) return null;
  return lookupHost(index, parts.host, parts.path);
}
