/**
 * The catalog in two parts. What the service worker needs to match and badge a page (hosts, models,
 * plans) loads at every worker start; what only the popup shows (data use, jurisdiction, facts) is
 * a separate file read when a popup opens. Joining the parts gives back the catalog's service.
 */
import type { DataUse, Jurisdiction, Service, ServiceVariant, SourcedFact } from "./types";

interface VariantDetails {
  dataUse?: DataUse;
  facts?: SourcedFact[];
}

export interface ServiceDetails extends VariantDetails {
  jurisdiction?: Jurisdiction;
  variants?: Record<string, VariantDetails>;
}

/** Where the details sit in the built extension. */
export const CATALOG_DETAILS_FILE = "rules/details.json";

/** Details by service id. */
export type CatalogDetails = Record<string, ServiceDetails>;

export interface SplitCatalog {
  services: Service[];
  details: CatalogDetails;
}

function detailsOf(owner: VariantDetails): VariantDetails | null {
  const found: VariantDetails = {};
  if (owner.dataUse !== undefined) found.dataUse = owner.dataUse;
  if (owner.facts !== undefined) found.facts = owner.facts;
  return found.dataUse === undefined && found.facts === undefined ? null : found;
}

function coreVariant({ dataUse: _dataUse, facts: _facts, ...core }: ServiceVariant): ServiceVariant {
  return core;
}

/** Splits each service into its core and its details; `note` is for reviewers and ships in neither. */
export function splitCatalog(services: readonly Service[]): SplitCatalog {
  const details: CatalogDetails = {};
  const core = services.map((service) => {
    const { dataUse: _dataUse, jurisdiction, facts: _facts, note: _note, variants, ...rest } = service;
    const own: ServiceDetails = { ...detailsOf(service) };
    if (jurisdiction !== undefined) own.jurisdiction = jurisdiction;
    for (const variant of variants ?? []) {
      const found = detailsOf(variant);
      if (found !== null) own.variants = { ...own.variants, [variant.id]: found };
    }
    if (Object.keys(own).length > 0) details[service.id] = own;
    return variants === undefined ? rest : { ...rest, variants: variants.map(coreVariant) };
  });
  return { services: core, details };
}

/** The service with its details joined back; a service without details (a custom one) is returned as is. */
export function withDetails(service: Service, details: ServiceDetails | undefined): Service {
  if (details === undefined) return service;
  const { variants: variantDetails, ...own } = details;
  const variants = service.variants?.map((variant) => ({ ...variant, ...variantDetails?.[variant.id] }));
  return { ...service, ...own, ...(variants !== undefined && { variants }) };
}
