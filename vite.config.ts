import { readFileSync } from "node:fs";
import { crx } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";
import baseManifest from "./manifest.json" with { type: "json" };
import packageJson from "./package.json" with { type: "json" };
import { PUBLIC_SUFFIXES_FILE } from "./src/engine/policy/public-suffix";
import { buildManifest, type Target } from "./src/node/manifest";
import { publicSuffixData } from "./src/node/public-suffix-data";
import { rulesForExtension } from "./src/node/rules-for-extension";
import { loadRules } from "./src/node/rules-loader";
import { RULES_ROOT } from "./src/node/rules-root";
import { readThirdPartyHosts } from "./src/node/source-review";
import { rulesBundlePlugin } from "./src/node/vite-rules-plugin";

/** The Public Suffix List as a file the service worker reads only when a policy has custom services. */
const publicSuffixList: Plugin = {
  name: "public-suffix-list",
  generateBundle() {
    this.emitFile({ type: "asset", fileName: PUBLIC_SUFFIXES_FILE, source: JSON.stringify(publicSuffixData()) });
  },
};

/** The deployment guide ships inside the extension, so the admin page can link to it offline. */
const deploymentGuide: Plugin = {
  name: "deployment-guide",
  generateBundle() {
    this.emitFile({ type: "asset", fileName: "docs/deployment.md", source: readFileSync("docs/deployment.md") });
  },
};

export default defineConfig(({ mode }) => {
  const target: Target = mode === "firefox" ? "firefox" : "chrome";
  const rules = loadRules(RULES_ROOT);
  const manifest = buildManifest(baseManifest, rules.services, target, packageJson.version);
  return {
    plugins: [
      rulesBundlePlugin(rulesForExtension(rules, readThirdPartyHosts(RULES_ROOT))),
      deploymentGuide,
      publicSuffixList,
      preact(),
      crx({
        manifest: manifest as never,
        browser: target,
        contentScripts: { standaloneFiles: ["src/extension/content/index.ts", "src/extension/content/guard/index.ts"] },
      }),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: "es2022",
      sourcemap: false,
      rollupOptions: {
        input: {
          model: "src/extension/model/index.html",
          blocked: "src/extension/blocked/index.html",
          justify: "src/extension/justify/index.html",
        },
      },
    },
  };
});
