/** The plan a user said they use, per service (never per URL). */
import { storage } from "../shared/browser-api";

const keyOf = (serviceId: string) => `variant:${serviceId}`;

export async function chosenVariant(serviceId: string): Promise<string | null> {
  return (await storage.get<string>("local", keyOf(serviceId))) ?? null;
}

export async function chooseVariant(serviceId: string, variantId: string | null): Promise<void> {
  if (variantId === null) await storage.remove("local", keyOf(serviceId));
  else await storage.set("local", keyOf(serviceId), variantId);
}
