/**
 * Makes the per-browser manifest from manifest.json and the catalog: the extension may see only
 * the hosts the catalog names, and its content script runs only there.
 */
import { contentScriptMatches, hostMatchPattern, withTrailingDotHosts } from "../engine/match-pattern";
import { tenantHosts } from "../engine/network-rules/tenant-facts";
import { PAGES } from "../engine/network-rules/types";
import type { Service } from "../engine/types";

export type Target = "chrome" | "firefox";
type Manifest = Record<string, unknown>;

/** The catalog's hosts, and the hosts that carry tenant-restriction headers (sign-in hosts among them). */
export function hostPermissions(services: readonly Service[]): string[] {
  const patterns = new Set<string>();
  for (const service of services) for (const rule of service.match) patterns.add(hostMatchPattern(rule.host));
  for (const host of tenantHosts()) patterns.add(hostMatchPattern(host));
  return [...patterns].sort();
}

/**
 * Network enforcement (issue 10): declarativeNetRequest rules need host access to the hosts they
 * act on (WithHostAccess: no install warning), the redirect targets must be reachable from web
 * pages, and an alarm ends a justified visit on time.
 */
function addEnforcement(manifest: Manifest): void {
  const permissions = manifest.permissions as string[];
  for (const p of ["declarativeNetRequestWithHostAccess", "alarms"]) if (!permissions.includes(p)) permissions.push(p);
  manifest.web_accessible_resources = [
    { resources: [PAGES.blocked.slice(1), PAGES.justify.slice(1)], matches: ["<all_urls>"] },
  ];
}

export function buildManifest(base: Manifest, services: readonly Service[], target: Target, version: string): Manifest {
  const manifest: Manifest = structuredClone(base);
  manifest.version = version;
  manifest.host_permissions = hostPermissions(services);
  addEnforcement(manifest);
  const scripts = manifest.content_scripts as { matches: string[] }[];
  for (const script of scripts) script.matches = contentScriptMatches(services);
  const background = manifest.background as { service_worker: string; type?: string };
  if (target === "firefox") {
    manifest.host_permissions = withTrailingDotHosts(manifest.host_permissions as string[]);
    for (const script of scripts) script.matches = withTrailingDotHosts(script.matches);
    manifest.background = { scripts: [background.service_worker], type: "module" };
    delete manifest.key;
    delete manifest.minimum_chrome_version;
  } else {
    delete manifest.browser_specific_settings;
  }
  return manifest;
}
