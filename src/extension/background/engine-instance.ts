import bundle from "virtual:rules-bundle";
import { createEngine } from "../../engine/engine";

/** Compiled once when the service worker starts (well under a millisecond for the catalog). */
export const engine = createEngine(bundle.services, bundle.model);
