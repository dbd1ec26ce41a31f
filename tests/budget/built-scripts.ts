/**
 * Finds the scripts a built extension loads, from its manifest: the background service worker, the
 * content scripts, and the module scripts of the popup and options pages, each with the chunks it
 * imports statically.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export interface ScriptGroup {
  name: "background" | "content" | "guard" | "popup" | "options";
  /** Paths relative to the build folder, entry first. */
  files: string[];
}

interface BuiltManifest {
  background?: { service_worker?: string };
  content_scripts?: { js?: string[] }[];
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

/** Relative specifiers of static `import`/`export ... from` statements (not dynamic import()). */
const STATIC_IMPORT =
  /\b(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+|\*)?\s*(?:from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

function withImports(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(root, file), "utf8");
    for (const match of code.matchAll(STATIC_IMPORT)) {
      visit(relative(root, resolve(root, dirname(file), match[1] as string)));
    }
  };
  visit(entry);
  return [...seen];
}

function pageScripts(root: string, page: string): string[] {
  const html = readFileSync(join(root, page), "utf8");
  const entries = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => {
    const src = m[1] as string;
    return src.startsWith("/") ? src.slice(1) : relative(root, resolve(root, dirname(page), src));
  });
  return [...new Set(entries.flatMap((entry) => withImports(root, entry)))];
}

export function builtScripts(root: string): ScriptGroup[] {
  const manifestFile = join(root, "manifest.json");
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run \`npm run build\` first`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as BuiltManifest;
  const groups: ScriptGroup[] = [];
  const worker = manifest.background?.service_worker;
  if (worker !== undefined) groups.push({ name: "background", files: withImports(root, worker) });
  const contentEntries = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  // The paste guard is a content script of its own, with its own budget (it loads on AI hosts only).
  const isGuard = (entry: string) => entry.includes("/content/guard/");
  for (const [name, entries] of [
    ["content", contentEntries.filter((e) => !isGuard(e))],
    ["guard", contentEntries.filter(isGuard)],
  ] as const) {
    if (entries.length > 0) groups.push({ name, files: [...new Set(entries.flatMap((e) => withImports(root, e)))] });
  }
  const popup = manifest.action?.default_popup;
  if (popup !== undefined) groups.push({ name: "popup", files: pageScripts(root, popup) });
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options !== undefined) groups.push({ name: "options", files: pageScripts(root, options) });
  return groups;
}
