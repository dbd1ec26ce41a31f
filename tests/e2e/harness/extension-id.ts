import { createHash } from "node:crypto";

/** Chromium's extension ID for a manifest `key`: the first 128 bits of SHA-256, as letters a-p. */
export function extensionIdFromKey(base64Key: string): string {
  const hex = createHash("sha256").update(Buffer.from(base64Key, "base64")).digest("hex").slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join("");
}
