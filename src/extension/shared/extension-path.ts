/**
 * A file of the extension as a path relative to its root, as scripting.registerContentScripts
 * takes it. Firefox's runtime.getManifest() gives a content script's files as full URLs
 * ("moz-extension://<uuid>/src/extension/content/index.js"), which Firefox's registerContentScripts
 * refuses ("must be a relative URL"); Chrome gives them as written ("src/extension/content/index.js").
 */
export function extensionRelativePath(file: string, extensionRoot: string): string {
  const root = extensionRoot.endsWith("/") ? extensionRoot : `${extensionRoot}/`;
  return file.startsWith(root) ? file.slice(root.length) : file.replace(/^\//, "");
}
