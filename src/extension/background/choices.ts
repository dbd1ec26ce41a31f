/**
 * The plan a user said they use, per service (never per URL). Kept in memory after one read, so a
 * navigation does not wait on storage before its badge is set.
 */
import { storage } from "../shared/browser-api";

const PREFIX = "variant:";
let choices: Promise<Map<string, string>> | undefined;

function loadChoices(): Promise<Map<string, string>> {
  choices ??= storage
    .entries<string>("local", PREFIX)
    .then((entries) => new Map(entries.map(([key, value]) => [key.slice(PREFIX.length), value])));
  return choices;
}

export async function chosenVariant(serviceId: string): Promise<string | null> {
  return (await loadChoices()).get(serviceId) ?? null;
}

export async function chooseVariant(serviceId: string, variantId: string | null): Promise<void> {
  const loaded = await loadChoices();
  if (variantId === null) {
    loaded.delete(serviceId);
    await storage.remove("local", `${PREFIX}${serviceId}`);
  } else {
    loaded.set(serviceId, variantId);
    await storage.set("local", `${PREFIX}${serviceId}`, variantId);
  }
}
