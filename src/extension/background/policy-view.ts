/** The admin view's data: the effective policy, its problems, and which custom hosts are covered. */
import { permissions } from "../shared/browser-api";
import { customHostPatterns } from "../shared/custom-hosts";
import type { PolicyView } from "../shared/messages";
import { currentPolicy } from "./policy-store";

export async function policyView(): Promise<PolicyView> {
  const { policy, problems } = currentPolicy();
  const customHosts = await Promise.all(
    customHostPatterns(policy).map(async (pattern) => ({ pattern, granted: await permissions.hasOrigin(pattern) })),
  );
  return { policy, problems, customHosts };
}
