/**
 * Grants an optional host permission in a closed Chromium profile, as the browser records a grant
 * the user confirmed. Headless Chromium shows permissions.request's prompt where no one can answer
 * it (ExtensionSettings' runtime_allowed_hosts does not skip it), so a test that needs the grant
 * writes it into the profile and starts the browser again; the extension then finds it granted.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EXTENSION_ID } from "./browser";

interface PermissionSet {
  explicit_host?: string[];
}

export function grantHostInProfile(userDataDir: string, pattern: string): void {
  const file = join(userDataDir, "Default", "Preferences");
  const prefs = JSON.parse(readFileSync(file, "utf8"));
  const settings = prefs.extensions?.settings?.[EXTENSION_ID] as Record<string, PermissionSet> | undefined;
  if (settings === undefined) throw new Error(`the profile in ${userDataDir} has no settings for the extension`);
  for (const key of ["granted_permissions", "active_permissions", "runtime_granted_permissions"]) {
    const set = settings[key] ?? {};
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), pattern])].sort();
    settings[key] = set;
  }
  writeFileSync(file, JSON.stringify(prefs));
}
