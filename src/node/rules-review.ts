/**
 * Review discipline for rules:check: entries whose review is older than REVIEW_MAX_AGE_DAYS, sourced
 * answers read (or archived) longer ago than that, and sources that are only a vendor's home page (they prove nothing about the fact next to them).
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

interface NamedSource {
  field: string;
  url: string;
  /** When the source was read (or, for an archived copy, captured); the entry's own source has none. */
  read?: string;
}

/** Every source a service names, with the field it sits in. */
function sourcesOf(service: Service): NamedSource[] {
  const found: NamedSource[] = [{ field: "source", url: service.source }];
  const add = (field: string, sourced: { source?: string; read?: string } | undefined): void => {
    if (sourced?.source) found.push({ field: `${field}.source`, url: sourced.source, read: sourced.read });
  };
  add("dataUse", service.dataUse);
  add("jurisdiction", service.jurisdiction);
  service.facts?.forEach((fact, i) => {
    add(`facts[${i}]`, fact);
  });
  service.variants?.forEach((variant, v) => {
    add(`variants[${v}].dataUse`, variant.dataUse);
    variant.facts?.forEach((fact, i) => {
      add(`variants[${v}].facts[${i}]`, fact);
    });
  });
  return found;
}

function daysBetween(isoDate: string, today: Date): number {
  return Math.floor((today.getTime() - Date.parse(isoDate)) / DAY_MS);
}

export function reviewWarnings(services: readonly Service[], today: Date = new Date()): ReviewWarning[] {
  const warnings: ReviewWarning[] = [];
  for (const service of services) {
    const age = daysBetween(service.reviewed, today);
    if (age > REVIEW_MAX_AGE_DAYS) {
      warnings.push({
        service: service.id,
        field: "reviewed",
        message: `last reviewed ${service.reviewed}, ${age} days ago (more than ${REVIEW_MAX_AGE_DAYS})`,
      });
    }
    for (const { field, url, read } of sourcesOf(service)) {
      if (isHomePageOnly(url)) {
        warnings.push({
          service: service.id,
          field,
          message: `${url} is only a home page: link the page that says it`,
        });
      }
      const readAge = read === undefined ? 0 : daysBetween(read, today);
      if (readAge > REVIEW_MAX_AGE_DAYS) {
        warnings.push({
          service: service.id,
          field,
          message: `${url} was read as of ${read}, ${readAge} days ago: read the vendor's current page`,
        });
      }
    }
  }
  return warnings;
}
