/**
 * What of the checked rules ships inside the extension, and where. The rules files keep every
 * reviewer's field; the extension gets what it shows or matches on. Provenance links for reviewers
 * (`archive`) and reviewers' notes ship nowhere. The service worker's bundle holds what matching and
 * the badge need; data use, jurisdiction and facts go to a file the popup's request reads.
 */
import { type CatalogDetails, splitCatalog } from "../engine/service-details";
import type { RulesBundle, Service, ServiceVariant } from "../engine/types";

export interface ExtensionRules {
  bundle: RulesBundle;
  details: CatalogDetails;
}

function withoutArchive<T extends { archive?: string }>(sourced: T): T {
  const { archive: _archive, ...shipped } = sourced;
  return shipped as T;
}

function variantWithoutArchives(variant: ServiceVariant): ServiceVariant {
  return {
    ...variant,
    ...(variant.dataUse && { dataUse: withoutArchive(variant.dataUse) }),
    ...(variant.facts && { facts: variant.facts.map(withoutArchive) }),
  };
}

function serviceWithoutArchives(service: Service): Service {
  return {
    ...service,
    ...(service.dataUse && { dataUse: withoutArchive(service.dataUse) }),
    ...(service.jurisdiction && { jurisdiction: withoutArchive(service.jurisdiction) }),
    ...(service.facts && { facts: service.facts.map(withoutArchive) }),
    ...(service.variants && { variants: service.variants.map(variantWithoutArchives) }),
  };
}

export function rulesForExtension({ services, model, model2025 }: RulesBundle): ExtensionRules {
  const split = splitCatalog(services.map(serviceWithoutArchives));
  return { bundle: { services: split.services, model, model2025 }, details: split.details };
}
