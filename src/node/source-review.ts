/** rules/coverage/source-review.json: the editor's list of sources that only quote a vendor. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const SOURCE_REVIEW_FILE = "coverage/source-review.json";

/** The hosts of third-party pages that catalog answers still rest on. */
export function readThirdPartyHosts(rulesRoot: string): string[] {
  const file = join(rulesRoot, SOURCE_REVIEW_FILE);
  const hosts: unknown = (JSON.parse(readFileSync(file, "utf8")) as { thirdPartyHosts?: unknown }).thirdPartyHosts;
  if (!Array.isArray(hosts) || !hosts.every((h) => typeof h === "string")) {
    throw new Error(`${file}: field "thirdPartyHosts" must be a list of host names`);
  }
  return hosts;
}
