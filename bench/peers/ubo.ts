/**
 * uBlock Origin's static network filtering engine (@gorhill/ubo-core). It is a singleton: one
 * instance for the whole run, its lists replaced for each catalog.
 */
import { StaticNetFilteringEngine } from "@gorhill/ubo-core";

let instance: Promise<StaticNetFilteringEngine> | null = null;

export async function createUbo(filters: string): Promise<(url: string) => boolean> {
  instance ??= StaticNetFilteringEngine.create();
  const engine = await instance;
  await engine.useLists([{ name: "catalog", raw: filters }]);
  // matchRequest: 0 = no filter, 1 = blocked (matched), 2 = allowed by an exception.
  return (url) => engine.matchRequest({ originURL: url, url, type: "main_frame" }) === 1;
}
