import { readFileSync } from "node:fs";
import { crx } from "@crxjs/vite-plugin";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";
import baseManifest from "./manifest.json" with { type: "json" };
import packageJson from "./package.json" with { type: "json" };
import { buildManifest, type Target } from "./src/node/manifest";
import { rulesForExtension } from "./src/node/rules-for-extension";
import { loadRules } from "./src/node/rules-loader";
import { RULES_ROOT } from "./src/node/rules-root";
import { readThirdPartyHosts } from "./src/node/source-review";
import { rulesBundlePlugin } from "./src/node/vite-rules-plugin";

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
      preact(),
      crx({
        manifest: manifest as never,
        browser: target,
        contentScripts: { standaloneFiles: ["src/extension/content/index.ts", "src/extension/content/guard/index.ts"] },
      }),
    ],
    resolve: {
      // tldts's minified build packs the public suffix list at half the gzip size of its ES build.
      alias: [{ find: /^tldts$/, replacement: "tldts/dist/index.esm.min.js" }],
    },
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
