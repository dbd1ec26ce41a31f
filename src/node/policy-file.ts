/**
 * Reads a policy file as admins write them: the extension's own keys, a Chrome/Edge policy file
 * ({"3rdparty": {"extensions": {ID: ...}}}) or Firefox's policies.json
 * ({"policies": {"3rdparty": {"Extensions": {ID: ...}}}}).
 */
import { readFileSync } from "node:fs";
import { manifestExtensionIds } from "./extension-id";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** The extension's part of a parsed policy file, and where it was found. */
export function extractPolicy(data: unknown): { policy: unknown; found: string } {
  if (!isObject(data)) return { policy: data, found: "the whole file" };
  const firefox = isObject(data.policies) ? data.policies["3rdparty"] : undefined;
  const thirdParty = firefox ?? data["3rdparty"];
  if (isObject(thirdParty)) {
    const extensions = thirdParty.extensions ?? thirdParty.Extensions;
    if (isObject(extensions)) {
      const ids = manifestExtensionIds();
      for (const id of [ids.chrome, ids.firefox]) {
        if (extensions[id] !== undefined) return { policy: extensions[id], found: `3rdparty extensions "${id}"` };
      }
    }
    return { policy: undefined, found: "no entry for this extension under 3rdparty" };
  }
  return { policy: data, found: "the whole file" };
}

export function readPolicyFile(file: string): { policy: unknown; found: string } {
  return extractPolicy(JSON.parse(readFileSync(file, "utf8")));
}
