/**
 * The catalog as ad-block network filters, so the peers answer the same question as the engine:
 * "||host^$document" for a host (and its subdomains), "||host/path^$document" for a path prefix.
 * `$document` makes the filter apply to top-level navigations, which is what we classify.
 * Adblock syntax has no "subdomains only": a "*.host" rule becomes "||host^" (it also matches
 * the apex, which the corpus rarely visits).
 */
import type { Service } from "../../src/engine/types";

export function adblockFilters(services: readonly Service[]): string {
  const lines: string[] = [];
  for (const service of services) {
    for (const rule of service.match) {
      const host = rule.host.startsWith("*.") ? rule.host.slice(2) : rule.host;
      if (rule.paths === undefined) {
        lines.push(`||${host}^$document`);
        continue;
      }
      for (const path of rule.paths) {
        const prefix = path.replace(/\/$/, "");
        lines.push(prefix === "" ? `||${host}^$document` : `||${host}${prefix}^$document`);
      }
    }
  }
  return lines.join("\n");
}
