/**
 * The services' details (data use, jurisdiction, facts), read from the packaged file the first time
 * a popup needs them in this worker's life, so a worker woken to badge a page never parses them.
 */
import { CATALOG_DETAILS_FILE, type CatalogDetails, type ServiceDetails } from "../../engine/service-details";
import { packagedJson } from "./packaged-file";

const catalogDetails = packagedJson<CatalogDetails>(CATALOG_DETAILS_FILE);

/** One service's details, or undefined for a service the catalog does not hold (a custom one). */
export async function detailsFor(serviceId: string): Promise<ServiceDetails | undefined> {
  const details = await catalogDetails();
  return Object.hasOwn(details, serviceId) ? details[serviceId] : undefined;
}
