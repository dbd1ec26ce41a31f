import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./rules-root";

/** Chromium's extension ID: the first 128 bits of SHA-256 of the public key (DER), as letters a-p. */
export function extensionIdOf(publicKeyDer: Buffer): string {
  const hex = createHash("sha256").update(publicKeyDer).digest("hex").slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join("");
}

/** The IDs manifest.json gives the extension: Chromium's (from `key`) and Firefox's (gecko id). */
export function manifestExtensionIds(): { chrome: string; firefox: string } {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, "manifest.json"), "utf8")) as {
    key: string;
    browser_specific_settings: { gecko: { id: string } };
  };
  return {
    chrome: extensionIdOf(Buffer.from(manifest.key, "base64")),
    firefox: manifest.browser_specific_settings.gecko.id,
  };
}
