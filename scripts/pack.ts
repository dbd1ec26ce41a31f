/**
 * pack: makes a signed CRX of dist/chrome and an update manifest, for self-hosted force-install.
 *   npm run --silent pack -- [--key FILE.pem] [--base-url https://host/path] [--out DIR] [--dist DIR]
 * The key fixes the extension ID: keep it (it is made on first use, and never committed).
 * Output: OUT/ai-responsibility-guide.crx, OUT/updates.xml, OUT/extension-id.txt.
 */
import { execFileSync } from "node:child_process";
import { createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { extensionIdOf } from "../src/node/extension-id";

const ROOT = resolve(import.meta.dirname, "..");
const CRX_NAME = "ai-responsibility-guide.crx";

function option(argv: string[], name: string, fallback: string): string {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] !== undefined ? (argv[at + 1] as string) : fallback;
}

function loadOrMakeKey(file: string): string {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    writeFileSync(file, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
    process.stderr.write(`made a new signing key ${file}: keep it, it fixes the extension ID\n`);
  }
  return readFileSync(file, "utf8");
}

export function updateManifest(id: string, version: string, crxUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${id}">
    <updatecheck codebase="${crxUrl}" version="${version}" />
  </app>
</gupdate>
`;
}

function main(argv: string[]): number {
  const keyFile = resolve(option(argv, "--key", join(ROOT, ".keys/crx-signing-key.pem")));
  const out = resolve(option(argv, "--out", join(ROOT, "dist/pack")));
  const dist = resolve(option(argv, "--dist", join(ROOT, "dist/chrome")));
  const baseUrl = option(argv, "--base-url", "https://extensions.example.com/ai-responsibility-guide").replace(
    /\/$/,
    "",
  );
  const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(join(dist, "manifest.json"))) {
    process.stderr.write(`${dist} has no manifest.json: run npm run build first\n`);
    return 1;
  }
  const pem = loadOrMakeKey(keyFile);
  const publicDer = createPublicKey(createPrivateKey(pem)).export({ type: "spki", format: "der" });
  const id = extensionIdOf(publicDer);

  // The package carries the signing key's public half, so the ID is the same packed or unpacked.
  const stage = mkdtempSync(join(tmpdir(), "pack-"));
  const source = join(stage, "extension");
  try {
    cpSync(dist, source, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(source, "manifest.json"), "utf8")) as Record<string, unknown>;
    manifest.key = publicDer.toString("base64");
    // ExtensionSettings' update_url serves the first install only; later updates follow this one.
    manifest.update_url = `${baseUrl}/updates.xml`;
    writeFileSync(join(source, "manifest.json"), JSON.stringify(manifest, null, 2));
    execFileSync(chromium, [`--pack-extension=${source}`, `--pack-extension-key=${keyFile}`, "--no-sandbox"], {
      stdio: "ignore",
    });
    mkdirSync(out, { recursive: true });
    renameSync(join(stage, "extension.crx"), join(out, CRX_NAME));
    const version = String(manifest.version);
    writeFileSync(join(out, "updates.xml"), updateManifest(id, version, `${baseUrl}/${CRX_NAME}`));
    writeFileSync(join(out, "extension-id.txt"), `${id}\n`);
    process.stdout.write(
      `packed ${version} as ${id}\n  ${join(out, CRX_NAME)}\n  ${join(out, "updates.xml")} (update_url: ${baseUrl}/updates.xml)\n`,
    );
    return 0;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2));
}
