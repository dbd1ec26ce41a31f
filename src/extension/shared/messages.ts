/**
 * The typed message contract between the extension's parts. Each request names its payload and
 * its answer in one place, so sender and handler cannot drift apart.
 */

import type { DataUse, DeploymentModel, ServiceVariant } from "../../engine/types";
import type { Verdict } from "../../engine/verdict";
import { runtime } from "./browser-api";

/** What the popup shows for a tab. */
export type TabView =
  | { kind: "none" }
  | {
      kind: "service";
      verdict: Verdict;
      deploymentModel: DeploymentModel;
      variants: ServiceVariant[];
      /** The plan the user picked, when they picked one. */
      chosenVariantId: string | null;
      dataUse: DataUse | null;
      source: string;
      reviewed: string;
    };

export interface Requests {
  /** Popup -> background: the view for a tab. */
  "tab-view": { request: { tabId: number }; response: TabView };
  /** Popup -> background: remember which plan of a service the user has (null: not sure). */
  "choose-variant": { request: { tabId: number; serviceId: string; variantId: string | null }; response: TabView };
  /** Content script -> background: the page (or its in-page route) changed. */
  "page-changed": { request: { url: string }; response: { ok: true } };
}

export type RequestType = keyof Requests;
/** A request as sent: its type plus its payload (a union over every type, so `switch` narrows it). */
export type RequestMessage = { [K in RequestType]: { type: K } & Requests[K]["request"] }[RequestType];
export type ResponseOf<K extends RequestType> = Requests[K]["response"];

export function send<K extends RequestType>(type: K, payload: Requests[K]["request"]): Promise<ResponseOf<K>> {
  return runtime.sendMessage({ type, ...payload }) as Promise<ResponseOf<K>>;
}

const REQUEST_TYPES: ReadonlySet<string> = new Set<RequestType>(["tab-view", "choose-variant", "page-changed"]);

export function isRequest(message: unknown): message is RequestMessage {
  return (
    typeof message === "object" && message !== null && REQUEST_TYPES.has((message as { type?: unknown }).type as string)
  );
}
