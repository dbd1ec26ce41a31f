/** Ghostery's engine (@ghostery/adblocker), driven the way its own benchmark drives it. */
import { FiltersEngine, Request } from "@ghostery/adblocker";

export function createGhostery(filters: string): (url: string) => boolean {
  const engine = FiltersEngine.parse(filters, {
    loadCosmeticFilters: false,
    loadNetworkFilters: true,
    enableOptimizations: true,
  });
  return (url) => engine.match(Request.fromRawDetails({ url, type: "main_frame" })).match;
}
