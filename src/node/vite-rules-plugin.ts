import type { Plugin } from "vite";
import type { RulesBundle } from "../engine/types";

const PUBLIC_ID = "virtual:rules-bundle";
const RESOLVED_ID = `\0${PUBLIC_ID}`;

/** Serves the checked rules to the extension as `import bundle from "virtual:rules-bundle"`. */
export function rulesBundlePlugin(bundle: RulesBundle): Plugin {
  return {
    name: "rules-bundle",
    resolveId: (id) => (id === PUBLIC_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? `export default JSON.parse(${JSON.stringify(JSON.stringify(bundle))});` : null),
  };
}
