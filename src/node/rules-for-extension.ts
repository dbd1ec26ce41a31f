/**
 * What of the checked rules ships inside the extension, and where. The rules files keep every
 * reviewer's field; the extension gets what it shows or matches on. Provenance links for reviewers
 * (`archive`) and reviewers' notes ship nowhere. The service worker's bundle holds what matching and
 * the badge need; data use, jurisdiction and facts go to a file the popup's request reads. A source
 * on a third-party host (rules/coverage/source-review.json) is marked, so the popup can say so.
 */
import { type CatalogDetails, splitCatalog } from "../engine/service-details";
import type { RulesBundle, Service, ServiceVariant } from "../engine/types";

export interface ExtensionRules {
  bundle: RulesBundle;
  details: CatalogDetails;
}

interface Sourced {
  source?: string;
  archive?: string;
  secondHand?: boolean;
}

/** What ships of one sourced answer: no archive link; marked when its source is second-hand. */
function shippedSource<T extends Sourced>(sourced: T, thirdPartyHosts: ReadonlySet<string>): T {
  const { archive: _archive, ...shipped } = sourced;
  if (sourced.source !== undefined && thirdPartyHosts.has(new URL(sourced.source).hostname)) {
    return { ...shipped, secondHand: true } as T;
  }
  return shipped as T;
}

function shippedService(service: Service, thirdPartyHosts: ReadonlySet<string>): Service {
  const ship = <T extends Sourced>(sourced: T) => shippedSource(sourced, thirdPartyHosts);
  const shipVariant = (variant: ServiceVariant): ServiceVariant => ({
    ...variant,
    ...(variant.dataUse && { dataUse: ship(variant.dataUse) }),
    ...(variant.facts && { facts: variant.facts.map(ship) }),
  });
  return {
    ...service,
    ...(service.dataUse && { dataUse: ship(service.dataUse) }),
    ...(service.jurisdiction && { jurisdiction: ship(service.jurisdiction) }),
    ...(service.facts && { facts: service.facts.map(ship) }),
    ...(service.variants && { variants: service.variants.map(shipVariant) }),
  };
}

/** thirdPartyHosts: hosts whose pages only quote or summarise a vendor (rules/coverage/source-review.json). */
export function rulesForExtension(
  { services, model, model2025 }: RulesBundle,
  thirdPartyHosts: readonly string[],
): ExtensionRules {
  const hosts = new Set(thirdPartyHosts);
  const split = splitCatalog(services.map((service) => shippedService(service, hosts)));
  return { bundle: { services: split.services, model, model2025 }, details: split.details };
}
