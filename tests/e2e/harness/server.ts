/**
 * One local HTTPS server that answers for every hostname: Chromium maps all names to it,
 * so https://chatgpt.com/ reaches this server with its real hostname and path. Extra routes let a
 * test serve other content (a CRX, an update manifest).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { selfSignedCertificate } from "./tls";

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

/** One request as the server received it: host (no port), path with query, and its headers. */
export interface RecordedRequest {
  host: string;
  url: string;
  headers: IncomingMessage["headers"];
}

export interface TestServer {
  port: number;
  routes: Route[];
  /** Every request received, in order (tests read and clear it). */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(host: string, path: string): string {
  const where = escapeHtml(`${host}${path}`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${where}</title></head>
<body><h1>Test page for ${where}</h1><p>Served locally for the extension's end-to-end tests.</p></body></html>`;
}

/** Listens on an ephemeral port by default; Chromium maps every hostname to it. */
export async function startServer(port = 0): Promise<TestServer> {
  const routes: Route[] = [];
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(selfSignedCertificate(), (req, res) => {
    requests.push({ host: (req.headers.host ?? "").replace(/:\d+$/, ""), url: req.url ?? "/", headers: req.headers });
    for (const route of routes) if (route(req, res)) return;
    const host = (req.headers.host ?? "unknown").replace(/:\d+$/, "");
    const path = new URL(req.url ?? "/", "https://x").pathname;
    if (path === "/favicon.ico") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(host, path));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
