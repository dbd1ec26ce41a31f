/** The admin view's data: the effective policy, its problems, and which custom hosts are covered. */
import { permissions, runtime } from "../shared/browser-api";
import { customHostPatterns } from "../shared/custom-hosts";
import type { PolicyView } from "../shared/messages";
import { currentPolicy } from "./policy-store";

export async function policyView(): Promise<PolicyView> {
  const { policy, problems } = currentPolicy();
  // One permissions call, not one per host: a policy may list thousands of hosts.
  const granted = new Set(await permissions.grantedOrigins());
  const all = granted.has("*://*/*") || granted.has("<all_urls>");
  const manifestMatches = runtime.contentScripts().flatMap((script) => script.matches);
  const customHosts = customHostPatterns(policy, manifestMatches).map((pattern) => ({
    pattern,
    granted: all || granted.has(pattern),
  }));
  return { policy, problems, customHosts };
}
