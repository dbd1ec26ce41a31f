/**
 * One browser with the built extension and one local HTTPS server for a whole test file: started
 * before its first test, closed after its last.
 */
import type { Worker } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { type LaunchOptions, launchBrowser, type TestBrowser } from "./browser";
import { startServer, type TestServer } from "./server";

export interface ExtensionSession {
  server: TestServer;
  browser: TestBrowser;
  worker: Worker;
}

export function useExtensionSession(options: Omit<LaunchOptions, "serverPort"> = {}): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    session.server = await startServer();
    session.browser = await launchBrowser({ ...options, serverPort: session.server.port });
    session.worker = await session.browser.worker();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
