/**
 * The Public Suffix List as data, read from the copy tldts packs (kept current by `npm update`).
 * tldts stores it as a trie of labels from the right: each node's edges are a run of `edgeStart`,
 * each edge's label the next `edgeLength` characters of `labelText`, and a node whose flags are set
 * ends a rule (1: ICANN section, 2: private section). tests/unit/public-suffix.test.ts checks every
 * rule against tldts's own lookup, so a change in that layout fails the tests, not users.
 */
import {
  edgeChild,
  edgeLength,
  edgeStart,
  exceptionsRoot,
  labelText,
  nodeFlags,
  rulesRoot,
} from "tldts/dist/es6/src/data/trie.js";
import { compilePublicSuffixes, type PublicSuffixData, type PublicSuffixes } from "../engine/policy/public-suffix";

const RULE_ENDS_HERE = 1 | 2;

function labelOffsets(): Uint32Array {
  const offsets = new Uint32Array(edgeLength.length);
  for (let edge = 0, offset = 0; edge < edgeLength.length; edge += 1) {
    offsets[edge] = offset;
    offset += edgeLength[edge] ?? 0;
  }
  return offsets;
}

function rulesUnder(root: number, offsets: Uint32Array): string[] {
  const rules: string[] = [];
  const pending: { node: number; labels: string[] }[] = [{ node: root, labels: [] }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { node, labels } = next;
    for (let edge = edgeStart[node] ?? 0; edge < (edgeStart[node + 1] ?? 0); edge += 1) {
      const start = offsets[edge] ?? 0;
      const path = [labelText.slice(start, start + (edgeLength[edge] ?? 0)), ...labels];
      const child = edgeChild[edge] ?? 0;
      if (((nodeFlags[child] ?? 0) & RULE_ENDS_HERE) !== 0) rules.push(path.join("."));
      pending.push({ node: child, labels: path });
    }
  }
  return rules.sort();
}

let data: PublicSuffixData | undefined;

export function publicSuffixData(): PublicSuffixData {
  if (data === undefined) {
    const offsets = labelOffsets();
    data = { rules: rulesUnder(rulesRoot, offsets), exceptions: rulesUnder(exceptionsRoot, offsets) };
  }
  return data;
}

let compiled: PublicSuffixes | undefined;

/** The compiled list, for the CLI and the tests (the extension reads the built file instead). */
export function nodePublicSuffixes(): PublicSuffixes {
  compiled ??= compilePublicSuffixes(publicSuffixData());
  return compiled;
}
