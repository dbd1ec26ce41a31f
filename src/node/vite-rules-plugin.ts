import type { Plugin } from "vite";
import { CATALOG_DETAILS_FILE } from "../engine/service-details";
import type { ExtensionRules } from "./rules-for-extension";

const PUBLIC_ID = "virtual:rules-bundle";
const RESOLVED_ID = `\0${PUBLIC_ID}`;

/**
 * Serves the checked rules to the extension as `import bundle from "virtual:rules-bundle"`, and
 * writes the services' details beside them as a file the service worker reads on demand.
 */
export function rulesBundlePlugin({ bundle, details }: ExtensionRules): Plugin {
  return {
    name: "rules-bundle",
    resolveId: (id) => (id === PUBLIC_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? `export default JSON.parse(${JSON.stringify(JSON.stringify(bundle))});` : null),
    generateBundle() {
      this.emitFile({ type: "asset", fileName: CATALOG_DETAILS_FILE, source: JSON.stringify(details) });
    },
  };
}
