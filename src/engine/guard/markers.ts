/** The organisation's own markers ("CONTOSO CONFIDENTIAL", code names): case-insensitive, whole words. */
import type { Finding } from "./types";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One pattern for every marker; spaces in a marker match any run of white space. */
export function markerPattern(markers: readonly string[]): RegExp | null {
  const parts = markers
    .map((m) => m.trim())
    .filter((m) => m.length > 0)
    .map((m) => m.split(/\s+/).map(escapeRegExp).join("\\s+"));
  if (parts.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${parts.join("|")})(?![\\p{L}\\p{N}_])`, "giu");
}

export function findMarkers(text: string, pattern: RegExp | null): Finding[] {
  if (pattern === null) return [];
  return [...text.matchAll(pattern)].map((m) => ({
    detector: "marker",
    kind: "marker" as const,
    start: m.index,
    end: m.index + m[0].length,
  }));
}
