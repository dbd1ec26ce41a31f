/**
 * Shared by the Chromium and Firefox tenant-pinning tests: a policy that pins every vendor, the
 * exact headers each host must (and must not) receive, and the visit that reads what a host got.
 */
import type { RecordedRequest, TestServer } from "./server";

export const PINNING_POLICY = {
  organizationName: "Contoso",
  tenantRestrictions: {
    chatgpt: { workspaceIds: ["3f9a2c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"] },
    openaiApi: { organizationIds: ["org-Tkxfm8owx4zIPaJGNDVrPs6m"] },
    anthropic: { organizationIds: ["550e8400-e29b-41d4-a716-446655440000", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"] },
    github: { enterpriseIds: ["12345"] },
    microsoft: {
      tenantId: "72f988bf-86f1-41af-91ab-2d7cd011db47",
      policyId: "0d2f5a8c-3b1e-4c7d-9e6f-8a1b2c3d4e5f",
      allowedTenants: ["contoso.com"],
    },
  },
};

const ANTHROPIC = "550e8400-e29b-41d4-a716-446655440000,6ba7b810-9dad-11d1-80b4-00c04fd430c8";

/** Host visited -> the headers (lower-case names, as Node reports them) it must carry. */
export const EXPECTED_HEADERS: Record<string, Record<string, string>> = {
  "chatgpt.com": { "chatgpt-allowed-workspace-id": "3f9a2c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b" },
  "claude.ai": { "anthropic-allowed-org-ids": ANTHROPIC },
  "github.com": { "sec-github-allowed-enterprise": "12345" },
  "api.openai.com": { "openai-allowed-organization-ids": "org-Tkxfm8owx4zIPaJGNDVrPs6m" },
  "login.microsoftonline.com": {
    "sec-restrict-tenant-access-policy": "72f988bf-86f1-41af-91ab-2d7cd011db47:0d2f5a8c-3b1e-4c7d-9e6f-8a1b2c3d4e5f",
    "restrict-access-to-tenants": "contoso.com",
    "restrict-access-context": "72f988bf-86f1-41af-91ab-2d7cd011db47",
  },
};

export const ALL_PINNING_HEADERS = [
  "chatgpt-allowed-workspace-id",
  "openai-allowed-organization-ids",
  "anthropic-allowed-org-ids",
  "sec-github-allowed-enterprise",
  "sec-restrict-tenant-access-policy",
  "restrict-access-to-tenants",
  "restrict-access-context",
];

/** The pinning headers a request carried, by lower-case name. */
export function pinningHeaders(request: RecordedRequest): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of ALL_PINNING_HEADERS) {
    const value = request.headers[name];
    if (value !== undefined) found[name] = Array.isArray(value) ? value.join(",") : value;
  }
  return found;
}

/** What visitAndFetch needs of a tab: a Playwright (Chromium) and a Puppeteer (Firefox) page both fit. */
interface PinningPage {
  goto(url: string): Promise<unknown>;
  evaluate(fn: () => Promise<number>): Promise<number>;
  close(): Promise<void>;
}

/**
 * Opens `https://host/pinning-test` in a new tab, fetches /api/ping from that page, and returns
 * the pinning headers the server received with the document and with the fetch.
 */
export async function visitAndFetch(server: TestServer, newPage: () => Promise<PinningPage>, host: string) {
  server.requests.length = 0;
  const page = await newPage();
  await page.goto(`https://${host}/pinning-test`);
  await page.evaluate(() => fetch("/api/ping").then((r) => r.status));
  await page.close();
  const doc = server.requests.find((r) => r.host === host && r.url === "/pinning-test");
  const fetched = server.requests.find((r) => r.host === host && r.url === "/api/ping");
  if (doc === undefined || fetched === undefined) throw new Error(`the server did not see both requests to ${host}`);
  return { doc: pinningHeaders(doc), fetched: pinningHeaders(fetched) };
}
