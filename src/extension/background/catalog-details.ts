/**
 * The services' details (data use, jurisdiction, facts), read from the packaged file the first time
 * a popup needs them in this worker's life, so a worker woken to badge a page never parses them.
 */
import { CATALOG_DETAILS_FILE, type CatalogDetails, type ServiceDetails } from "../../engine/service-details";
import { runtime } from "../shared/browser-api";

let loading: Promise<CatalogDetails> | null = null;

async function load(): Promise<CatalogDetails> {
  const response = await fetch(runtime.getURL(CATALOG_DETAILS_FILE));
  if (!response.ok) throw new Error(`${CATALOG_DETAILS_FILE}: ${response.status}`);
  return (await response.json()) as CatalogDetails;
}

/** One service's details, or undefined for a service the catalog does not hold (a custom one). */
export async function detailsFor(serviceId: string): Promise<ServiceDetails | undefined> {
  loading ??= load().catch((error: unknown) => {
    loading = null; // a later popup tries again
    throw error;
  });
  const details = await loading;
  return Object.hasOwn(details, serviceId) ? details[serviceId] : undefined;
}
