/**
 * The approved alternative for a service, in one shape whatever the policy wrote: plain text
 * ("Use Microsoft 365 Copilot") or {name, url} with an https link.
 */
export interface Alternative {
  name: string;
  url: string | null;
}

export function alternativeOf(value: unknown): Alternative | null {
  if (typeof value === "string") return { name: value, url: null };
  if (typeof value !== "object" || value === null) return null;
  const { name, url } = value as { name?: unknown; url?: unknown };
  if (typeof name !== "string") return null;
  return { name, url: typeof url === "string" && url.startsWith("https://") ? url : null };
}
