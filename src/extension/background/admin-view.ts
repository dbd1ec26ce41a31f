/** The admin page's data beyond the policy: catalog rows, rules in effect, and a policy checker. */
import bundle from "virtual:rules-bundle";
import { networkRules } from "../../engine/network-rules";
import { isWorkspacePinned, PINNED_SERVICES } from "../../engine/network-rules/tenant-rules";
import { statusFor, validatePolicy } from "../../engine/policy";
import { groupProblems } from "../../engine/policy/problem-groups";
import { runtime } from "../shared/browser-api";
import type { AdminView, PolicyCheck } from "../shared/messages";
import { allJustifications } from "./justifications";
import { currentNetworkRules } from "./network-sync";
import { currentPolicy } from "./policy-store";
import { publicSuffixesFor } from "./public-suffixes";

const PINNABLE = new Set(Object.values(PINNED_SERVICES).flat());
const MAX_PASTE = 5_000_000;

export async function adminView(): Promise<AdminView> {
  const { policy, problems } = currentPolicy();
  const services = bundle.services;
  const latest =
    services
      .map((s) => s.reviewed)
      .sort()
      .at(-1) ?? "";
  return {
    problemCount: problems.length,
    problemGroups: groupProblems(problems),
    version: runtime.version(),
    catalogSize: services.length,
    catalogDate: latest,
    catalog: [...services]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => ({
        id: s.id,
        name: s.name,
        vendor: s.vendor,
        model: s.deploymentModel,
        hosts: s.match.flatMap((r) => (r.paths ?? [""]).map((p) => `${r.host}${p}`)),
        status: statusFor(policy, s.id),
        pinnable: PINNABLE.has(s.id),
        pinned: isWorkspacePinned(policy.tenantRestrictions, s.id),
      })),
    networkRules: await currentNetworkRules(),
    justifications: await allJustifications(),
  };
}

/** The same validator and rule generator as `policy:check --json`, on text pasted in the page. */
export async function checkPolicyText(text: string): Promise<PolicyCheck | { error: string }> {
  if (text.length > MAX_PASTE) return { error: `The text is ${text.length} characters long; at most ${MAX_PASTE}.` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { error: `This is not JSON: ${(error as Error).message}` };
  }
  const { policy, problems } = validatePolicy(raw, bundle.services, await publicSuffixesFor(raw));
  return {
    problemCount: problems.length,
    problemGroups: groupProblems(problems),
    networkRules: networkRules(policy, bundle.services),
  };
}
