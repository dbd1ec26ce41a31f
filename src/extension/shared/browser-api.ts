/**
 * The one module that touches the WebExtension API. Everything else in the extension calls these
 * functions, so the engine and the UI stay testable and the permissions used are visible here.
 */
import browser from "webextension-polyfill";
import { extensionRelativePath } from "./extension-path";

export type TabUpdateListener = (tabId: number, url: string | undefined) => void;

export interface TabInfo {
  id: number;
  /** Present only where the extension may see the tab (a catalog host, or after a click). */
  url?: string;
}

export const tabs = {
  async get(tabId: number): Promise<TabInfo | null> {
    try {
      const tab = await browser.tabs.get(tabId);
      return tab.id === undefined ? null : { id: tab.id, url: tab.url };
    } catch {
      return null;
    }
  },
  async active(): Promise<TabInfo | null> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  },
  async all(): Promise<TabInfo[]> {
    const list = await browser.tabs.query({});
    return list.flatMap((t) => (t.id === undefined ? [] : [{ id: t.id, url: t.url }]));
  },
  onUpdated(listener: TabUpdateListener): void {
    browser.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.url !== undefined || change.status !== undefined) listener(tabId, tab.url);
    });
  },
  onRemoved(listener: (tabId: number) => void): void {
    browser.tabs.onRemoved.addListener((tabId) => listener(tabId));
  },
  /** Shows one of the extension's own pages in a tab (the block page). */
  async navigate(tabId: number, url: string): Promise<void> {
    try {
      await browser.tabs.update(tabId, { url });
    } catch {
      // The tab closed meanwhile.
    }
  },
};

/** Optional host access: for hosts an admin's policy adds (the catalog's are granted at install). */
export const permissions = {
  async hasOrigin(pattern: string): Promise<boolean> {
    try {
      return await browser.permissions.contains({ origins: [pattern] });
    } catch {
      return false;
    }
  },
  /** Every origin pattern granted (one call, for long lists of hosts). */
  async grantedOrigins(): Promise<string[]> {
    try {
      return (await browser.permissions.getAll()).origins ?? [];
    } catch {
      return [];
    }
  },
  /** Must run in a user gesture (a click on an extension page). */
  async requestOrigins(patterns: string[]): Promise<boolean> {
    try {
      return await browser.permissions.request({ origins: patterns });
    } catch {
      return false;
    }
  },
  /** Access granted or taken back (the admin page's button, the browser's site settings). */
  onChanged(listener: () => void): void {
    browser.permissions.onAdded.addListener(() => listener());
    browser.permissions.onRemoved.addListener(() => listener());
  },
};

/** A content script as the manifest declares it, or as registered at run time. */
export interface ContentScriptSpec {
  js: string[];
  css?: string[];
  matches: string[];
  excludeMatches?: string[];
  runAt?: "document_start" | "document_end" | "document_idle";
  allFrames?: boolean;
}

export interface RegisteredScript extends ContentScriptSpec {
  id: string;
}

/** Leaves out unset fields: the browser checks each field given against its schema. */
const asRegistration = (s: RegisteredScript) =>
  Object.fromEntries(
    Object.entries({ ...s, persistAcrossSessions: true }).filter(([, v]) => v !== undefined && v !== null),
  ) as unknown as browser.Scripting.RegisteredContentScript;

/**
 * Content scripts registered at run time, for hosts the manifest cannot list (an admin's custom
 * services). Persisted across browser restarts; both browsers drop them on an extension update,
 * so the worker registers them again at start.
 */
export const scripting = {
  /** Registered scripts whose id starts with `prefix`. */
  async registered(prefix: string): Promise<RegisteredScript[]> {
    const list = await browser.scripting.getRegisteredContentScripts();
    return list
      .filter((s) => s.id.startsWith(prefix))
      .map((s) => ({
        id: s.id,
        js: s.js ?? [],
        css: s.css ?? undefined,
        matches: s.matches ?? [],
        excludeMatches: s.excludeMatches ?? undefined,
        runAt: s.runAt ?? undefined,
        allFrames: s.allFrames ?? undefined,
      }));
  },
  async register(scripts: readonly RegisteredScript[]): Promise<void> {
    await browser.scripting.registerContentScripts(scripts.map(asRegistration));
  },
  async update(scripts: readonly RegisteredScript[]): Promise<void> {
    await browser.scripting.updateContentScripts(scripts.map(asRegistration));
  },
  async unregister(ids: readonly string[]): Promise<void> {
    await browser.scripting.unregisterContentScripts({ ids: [...ids] });
  },
};

export const badge = {
  async set(tabId: number, text: string, color: string, title: string): Promise<void> {
    try {
      // Colour first, in the same turn as the text, so the badge never shows in the wrong colour.
      await Promise.all([
        browser.action.setBadgeBackgroundColor({ tabId, color }),
        browser.action.setBadgeTextColor?.({ tabId, color: "#ffffff" }),
        browser.action.setBadgeText({ tabId, text }),
        browser.action.setTitle({ tabId, title }),
      ]);
    } catch {
      // The tab closed while we were setting it.
    }
  },
  async clear(tabId: number, title: string): Promise<void> {
    try {
      await Promise.all([browser.action.setBadgeText({ tabId, text: "" }), browser.action.setTitle({ tabId, title })]);
    } catch {
      // The tab closed while we were clearing it.
    }
  },
};

type StorageArea = "local" | "session";

function area(name: StorageArea) {
  // Firefox before 115 lacks storage.session; fall back to local, cleared on start-up by the caller.
  return name === "session" && browser.storage.session !== undefined ? browser.storage.session : browser.storage.local;
}

export const storage = {
  /**
   * Keeps content scripts out of extension storage where the browser can: storage.session is
   * trusted-only by default (Chrome, Firefox); recent Chromium closes storage.local too (156 does,
   * tests/e2e/hostile-chromium.test.ts). Elsewhere (Firefox's storage.local) nothing trusted is
   * kept where a content script could write it.
   */
  async restrictToTrustedContexts(): Promise<void> {
    type Restrictable = { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
    for (const name of ["session", "local"] as const) {
      const target = browser.storage[name] as unknown as Restrictable | undefined;
      try {
        await target?.setAccessLevel?.({ accessLevel: "TRUSTED_CONTEXTS" });
      } catch {
        // This browser cannot restrict this area (Firefox: only session, which already is).
      }
    }
  },
  /** True where storage.session exists: the one area content scripts can never reach. */
  hasTrustedSession(): boolean {
    return browser.storage.session !== undefined;
  },
  async get<T>(name: StorageArea, key: string): Promise<T | undefined> {
    const result = await area(name).get(key);
    return result[key] as T | undefined;
  },
  async set(name: StorageArea, key: string, value: unknown): Promise<void> {
    await area(name).set({ [key]: value });
  },
  async remove(name: StorageArea, key: string): Promise<void> {
    await area(name).remove(key);
  },
  /** Every stored key that starts with `prefix`, with its value. */
  async entries<T>(name: StorageArea, prefix: string): Promise<[string, T][]> {
    const all = await area(name).get(null);
    return Object.entries(all).filter(([key]) => key.startsWith(prefix)) as [string, T][];
  },
  /** The admin's managed policy; {} where the browser has none or does not support it. */
  async managed(): Promise<Record<string, unknown>> {
    try {
      return (await browser.storage.managed.get()) as Record<string, unknown>;
    } catch {
      return {};
    }
  },
  onManagedChanged(listener: () => void): void {
    browser.storage.onChanged.addListener((_changes, areaName) => {
      if (areaName === "managed") listener();
    });
  },
};

/** Who sent a message, as the browser (not the message) says. */
export interface MessageSender {
  /** The sending extension; ours for our own pages and content scripts. */
  extensionId?: string;
  /** The sending frame's URL: an extension page, or the web page a content script runs in. */
  url?: string;
  /** The tab the sender is in (content scripts; an extension page opened as a tab). */
  tabId?: number;
  tabUrl?: string;
  /** 0 for a tab's top frame. */
  frameId?: number;
}

export const runtime = {
  onMessage(handler: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
    browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
      return handler(message, {
        extensionId: sender.id,
        url: sender.url,
        tabId: sender.tab?.id,
        tabUrl: sender.tab?.url,
        frameId: sender.frameId,
      });
    });
  },
  /** This extension's id. */
  id(): string {
    return browser.runtime.id;
  },
  sendMessage(message: unknown): Promise<unknown> {
    return browser.runtime.sendMessage(message);
  },
  onInstalledOrStartup(listener: () => void): void {
    browser.runtime.onInstalled.addListener(() => listener());
    browser.runtime.onStartup.addListener(() => listener());
  },
  getURL(path: string): string {
    return browser.runtime.getURL(path);
  },
  version(): string {
    return browser.runtime.getManifest().version;
  },
  /**
   * The manifest's content scripts as built (their bundled file names, not the sources'), with
   * their files relative to the extension's root, as registerContentScripts takes them (Firefox's
   * getManifest() gives full moz-extension:// URLs).
   */
  contentScripts(): ContentScriptSpec[] {
    const root = browser.runtime.getURL("/");
    const relative = (files: string[]) => files.map((file) => extensionRelativePath(file, root));
    return (browser.runtime.getManifest().content_scripts ?? []).flatMap((s) =>
      s.js === undefined || s.js.length === 0
        ? []
        : [
            {
              js: relative(s.js),
              // Firefox gives the manifest's absent fields as null.
              css: s.css == null ? undefined : relative(s.css),
              matches: s.matches ?? [],
              runAt: s.run_at ?? undefined,
              allFrames: s.all_frames ?? undefined,
            },
          ],
    );
  },
  openOptionsPage(): Promise<void> {
    return browser.runtime.openOptionsPage();
  },
};

export const navigation = {
  openTab(url: string): Promise<unknown> {
    return browser.tabs.create({ url });
  },
};

/**
 * declarativeNetRequest: the rules that block, redirect to the justify page, and set tenant
 * headers before a request is sent. Dynamic rules persist across browser restarts, so they hold
 * before the service worker has started.
 */
export const networkRules = {
  /**
   * Replaces every dynamic rule with `rules`. If the browser refuses the set (one regex too large
   * for it, say), the rules go in one by one and the ids it refused are returned.
   */
  async replaceDynamic(rules: readonly { id: number }[]): Promise<number[]> {
    const dnr = browser.declarativeNetRequest;
    const existing = await dnr.getDynamicRules();
    const removeRuleIds = existing.map((r) => r.id);
    try {
      await dnr.updateDynamicRules({ removeRuleIds, addRules: rules as browser.DeclarativeNetRequest.Rule[] });
      return [];
    } catch {
      await dnr.updateDynamicRules({ removeRuleIds });
      const refused: number[] = [];
      for (const rule of rules) {
        try {
          await dnr.updateDynamicRules({ addRules: [rule as browser.DeclarativeNetRequest.Rule] });
        } catch {
          refused.push(rule.id);
        }
      }
      return refused;
    }
  },
  async installed(): Promise<object[]> {
    return browser.declarativeNetRequest.getDynamicRules();
  },
};

/** One alarm: wakes the worker when a justified visit ends. */
export const alarms = {
  set(name: string, when: number): void {
    void browser.alarms.create(name, { when });
  },
  clear(name: string): void {
    void browser.alarms.clear(name);
  },
  onAlarm(name: string, listener: () => void): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === name) listener();
    });
  },
};
