/**
 * Records a host permission grant in a Firefox profile, as Firefox records the grant a user
 * confirms. Firefox keeps the optional permissions each add-on was granted (permissions.request
 * answered "Allow", or the add-on's Permissions tab in about:addons) in the profile's
 * extension-preferences.json: {"<add-on id>": {"permissions": [...], "origins": [...]}}. That is
 * ExtensionPermissions' store on release and ESR builds (Nightly has moved to an rkv store,
 * extension-store-permissions/, which imports this file once). Firefox reads it when the add-on
 * starts, so the file must be written before Firefox starts with the profile.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { GECKO_ID } from "./firefox";

export const FIREFOX_PERMISSIONS_FILE = "extension-preferences.json";

export function grantOriginsInFirefoxProfile(profileDir: string, origins: string[]): void {
  const record = { [GECKO_ID]: { permissions: [], origins, data_collection: [] } };
  writeFileSync(join(profileDir, FIREFOX_PERMISSIONS_FILE), JSON.stringify(record));
}
