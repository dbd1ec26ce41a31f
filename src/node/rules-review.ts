/**
 * Review discipline for rules:check: entries whose review is older than REVIEW_MAX_AGE_DAYS, and
 * sources that are only a vendor's home page (they prove nothing about the fact next to them).
 * These are warnings for an editor to act on, not failures: the catalog stays usable meanwhile.
 */
import type { Service } from "../engine/types";

export const REVIEW_MAX_AGE_DAYS = 180;

export interface ReviewWarning {
  service: string;
  field: string;
  message: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** True for "https://vendor.example/" and "https://vendor.example": a home page, not a page that says anything. */
export function isHomePageOnly(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.pathname === "/" || parsed.pathname === "") && parsed.search === "" && parsed.hash === "";
  } catch {
    return false;
  }
}

/** Every (field, url) pair of a service that names a source. */
function sourcesOf(service: Service): [string, string][] {
  const found: [string, string][] = [["source", service.source]];
  if (service.dataUse?.source) found.push(["dataUse.source", service.dataUse.source]);
  if (service.jurisdiction?.source) found.push(["jurisdiction.source", service.jurisdiction.source]);
  service.facts?.forEach((fact, i) => {
    found.push([`facts[${i}].source`, fact.source]);
  });
  service.variants?.forEach((variant, v) => {
    if (variant.dataUse?.source) found.push([`variants[${v}].dataUse.source`, variant.dataUse.source]);
    variant.facts?.forEach((fact, i) => {
      found.push([`variants[${v}].facts[${i}].source`, fact.source]);
    });
  });
  return found;
}

export function reviewWarnings(services: readonly Service[], today: Date = new Date()): ReviewWarning[] {
  const warnings: ReviewWarning[] = [];
  for (const service of services) {
    const age = Math.floor((today.getTime() - Date.parse(service.reviewed)) / DAY_MS);
    if (age > REVIEW_MAX_AGE_DAYS) {
      warnings.push({
        service: service.id,
        field: "reviewed",
        message: `last reviewed ${service.reviewed}, ${age} days ago (more than ${REVIEW_MAX_AGE_DAYS})`,
      });
    }
    for (const [field, url] of sourcesOf(service)) {
      if (isHomePageOnly(url)) {
        warnings.push({
          service: service.id,
          field,
          message: `${url} is only a home page: link the page that says it`,
        });
      }
    }
  }
  return warnings;
}
