/**
 * declarativeNetRequest rules as the extension installs them (the subset of the WebExtension type
 * this project uses, so the engine stays free of browser typings).
 */

/** Resource types both Chromium and Firefox accept; a type either browser lacks would fail the whole update. */
export const ALL_RESOURCE_TYPES = [
  "main_frame",
  "sub_frame",
  "stylesheet",
  "script",
  "image",
  "font",
  "object",
  "xmlhttprequest",
  "ping",
  "csp_report",
  "media",
  "websocket",
  "other",
] as const;
export type ResourceType = (typeof ALL_RESOURCE_TYPES)[number];

export interface RuleCondition {
  requestDomains?: string[];
  urlFilter?: string;
  regexFilter?: string;
  /** Set false with every regexFilter: Chrome before 118 defaulted to true. */
  isUrlFilterCaseSensitive?: boolean;
  resourceTypes: ResourceType[];
}

export type RuleAction =
  | { type: "redirect"; redirect: { extensionPath: string } }
  | { type: "block" }
  | { type: "modifyHeaders"; requestHeaders: { header: string; operation: "set"; value: string }[] };

export interface NetworkRule {
  id: number;
  priority: number;
  action: RuleAction;
  condition: RuleCondition;
}

/** What a rule is for, for the admin page and the CLI (not installed). */
export interface RulePurpose {
  ruleId: number;
  kind: "block" | "justify" | "tenant-header" | "logged-out-block";
  /** The service a block or justify rule stands for, or the tenant fact's id. */
  subject: string;
}

export interface NetworkRuleSet {
  rules: NetworkRule[];
  purposes: RulePurpose[];
  /** Services left without network rules because the browser's limits were reached. */
  skipped: { serviceId: string; reason: string }[];
}

/**
 * Sizing. Chrome 121+ allows 30,000 dynamic rules but only 5,000 "unsafe" ones (redirect and
 * modifyHeaders are unsafe), and 1,000 regex rules; Firefox 128+ allows 5,000 dynamic rules and
 * 1,000 regex rules. Past these, a service is left to the after-load block (see skipped).
 */
export const RULE_LIMITS = { rules: 5000, regexRules: 1000 } as const;

/** Where the redirect rules send a tab: the extension's own pages. */
export const PAGES = {
  blocked: "/src/extension/blocked/index.html",
  justify: "/src/extension/justify/index.html",
} as const;

/** Priorities: a block wins over a justify interstitial, both over the logged-out block and headers. */
export const PRIORITY = { block: 30, justify: 20, loggedOut: 10, header: 1 } as const;
