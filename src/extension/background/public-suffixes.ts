/**
 * The Public Suffix List, read from the packaged file only when a policy names custom services:
 * most organisations' workers never load it. Null when it cannot be read, and validation then
 * refuses custom services rather than leave their hosts unchecked.
 */
import {
  compilePublicSuffixes,
  needsPublicSuffixes,
  PUBLIC_SUFFIXES_FILE,
  type PublicSuffixData,
  type PublicSuffixes,
} from "../../engine/policy";
import { packagedJson } from "./packaged-file";

const publicSuffixData = packagedJson<PublicSuffixData>(PUBLIC_SUFFIXES_FILE);
let compiled: PublicSuffixes | undefined;

export async function publicSuffixesFor(raw: unknown): Promise<PublicSuffixes | null> {
  if (!needsPublicSuffixes(raw)) return null;
  try {
    compiled ??= compilePublicSuffixes(await publicSuffixData());
    return compiled;
  } catch {
    return null;
  }
}
