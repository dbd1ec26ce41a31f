/** How a catalog host rule reads in other syntaxes (WebExtension match patterns, DNS lists). */

/** The host without a leading "*." ("*.openai.azure.com" -> "openai.azure.com"). */
export function bareHost(host: string): string {
  return host.startsWith("*.") ? host.slice(2) : host;
}

/** "chatgpt.com" and "*.openai.azure.com" both become "*://*.HOST/*" (host and subdomains). */
export function hostMatchPattern(host: string): string {
  return `*://*.${bareHost(host)}/*`;
}
