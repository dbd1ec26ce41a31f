/**
 * Installs the engine's declarativeNetRequest rules and keeps them in step with the policy and
 * with justified visits. The rules come from one pure function (engine/network-rules), the same
 * one `policy:check --json` prints; this module only installs them.
 */
import bundle from "virtual:rules-bundle";
import { type NetworkRuleSet, networkRules } from "../../engine/network-rules";
import { alarms, networkRules as dnr } from "../shared/browser-api";
import { justifiedNow, nextExpiry } from "./justifications";
import { currentPolicy, onPolicyChange, policyReady } from "./policy-store";

const EXPIRY_ALARM = "justify-expiry";

let installed = "";
let last: NetworkRuleSet = { rules: [], purposes: [], skipped: [] };
let queue: Promise<void> = Promise.resolve();

async function install(): Promise<void> {
  await policyReady;
  const set = networkRules(currentPolicy().policy, bundle.services, { justified: await justifiedNow() });
  const text = JSON.stringify(set.rules);
  if (text !== installed) {
    const refused = new Set(await dnr.replaceDynamic(set.rules));
    installed = text;
    // A refused rule leaves its service to the after-load block: say so on the admin page.
    for (const purpose of set.purposes.filter((p) => refused.has(p.ruleId)))
      set.skipped.push({ serviceId: purpose.subject, reason: `rule ${purpose.ruleId} was refused by the browser` });
    last = set;
  } else last = { ...set, skipped: last.skipped };
  const next = await nextExpiry();
  if (next === null) alarms.clear(EXPIRY_ALARM);
  else alarms.set(EXPIRY_ALARM, next);
}

/** Re-installs the rules; calls are queued, so the last state always wins. */
export function syncNetworkRules(): Promise<void> {
  queue = queue.then(install).catch((error: unknown) => {
    installed = "";
    console.error("network rules not installed", error);
  });
  return queue;
}

/** The rule set in effect (for the admin page), once any pending installation has finished. */
export async function currentNetworkRules(): Promise<NetworkRuleSet> {
  await policyReady;
  await queue;
  return last;
}

export function startNetworkSync(): void {
  onPolicyChange(() => void syncNetworkRules());
  alarms.onAlarm(EXPIRY_ALARM, () => void syncNetworkRules());
  void syncNetworkRules();
}
