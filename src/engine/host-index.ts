/**
 * The compiled form of the catalog: a trie keyed by hostname labels read right to left
 * ("com" -> "chatgpt" -> "www"). A lookup costs one probe per label and stops at the first
 * label no rule mentions, so its cost depends on the URL, not on the number of rules.
 */
import { normalisePath } from "./path-normalise";
import type { Match, Service } from "./types";

interface PathMatch {
  /** Lower-case prefix without a trailing slash ("" for a rule on "/"). */
  prefix: string;
  match: Match;
}

/** What the rules say about one host. */
interface Node {
  /** The host ("chatgpt.com"; "openai.azure.com" for "*.openai.azure.com"). */
  name: string;
  /** Rule on this host without paths: matches the host and its subdomains. */
  host: Match | null;
  /** Rule "*.this.host": matches subdomains only. */
  wildcard: Match | null;
  /**
   * Rules on this host with path prefixes (hosts and subdomains), longest prefix first, all in one
   * string so that trying them reads a cache line or two: each prefix is preceded by its length
   * in two UTF-16 code units. `pathMatches[i]` is the rule of the i-th prefix.
   */
  pathPrefixes: string | null;
  pathMatches: Match[] | null;
  /** On the root only: the trie. */
  table: Table | null;
}

/**
 * The trie as one open-addressing hash table keyed by (parent node id, label hash). A lookup
 * hashes each label of the hostname in place (no substring, no allocation) and reads one slot per
 * label: a few cache lines per hostname instead of a chain of objects and strings.
 *
 * Labels are not compared on the way down. Where no two children of a node share a label hash,
 * the hash identifies the child, or the hostname has no such label and the walk has left the
 * trie; that is caught at the next node with rules, whose whole host is compared with the end of
 * the hostname before its rules are used. Where two children do share a hash, the slot keeps the
 * label's position in `labels` and the label is compared there.
 */
interface Table {
  /**
   * SLOT_WIDTH integers per slot: node, parent node id, label hash, label. `node` is 0 for an
   * empty slot, id + 1 for a node without rules, -(id + 1) for a node with rules. `label` is
   * UNIQUE_HASH, or the offset of the label in `labels`. The slot count is a power of two.
   */
  slots: Int32Array;
  mask: number;
  /** Every label followed by ".", end to end ("com.chatgpt.www."). */
  labels: string;
  /** Rules by node id (null where a node only leads to deeper ones). */
  rules: (Node | null)[];
}

const SLOT_WIDTH = 4;
const UNIQUE_HASH = -1;
const DOT = 46;

export interface HostIndex {
  readonly root: Node;
  readonly size: number;
}

function newNode(name: string): Node {
  return { name, host: null, wildcard: null, pathPrefixes: null, pathMatches: null, table: null };
}

/** Hash of host[start, end) read right to left, the order a lookup reads it in. */
function labelHash(host: string, start: number, end: number): number {
  let hash = 0;
  for (let i = end - 1; i >= start; i--) hash = (Math.imul(hash, 31) + host.charCodeAt(i)) | 0;
  return hash;
}

function firstSlot(parentId: number, hash: number, mask: number): number {
  return (Math.imul(parentId, 0x9e3779b1) ^ hash) & mask;
}

/** host[start, end) equals the label at `offset` in `labels` (which ends with "."). */
function sameLabel(labels: string, offset: number, host: string, start: number, end: number): boolean {
  const length = end - start;
  if (labels.charCodeAt(offset + length) !== DOT) return false;
  for (let i = 0; i < length; i++) {
    if (labels.charCodeAt(offset + i) !== host.charCodeAt(start + i)) return false;
  }
  return true;
}

/** The `node` value of the child of `parentId` labelled host[start, end) (see Table), or 0. */
function findChild(table: Table, parentId: number, hash: number, host: string, start: number, end: number): number {
  const { slots, mask, labels } = table;
  for (let slot = firstSlot(parentId, hash, mask); ; slot = (slot + 1) & mask) {
    const at = slot * SLOT_WIDTH;
    const node = slots[at] as number;
    if (node === 0) return 0;
    if (slots[at + 1] === parentId && slots[at + 2] === hash) {
      const label = slots[at + 3] as number;
      if (label === UNIQUE_HASH || sameLabel(labels, label, host, start, end)) return node;
    }
  }
}

/** Builds the trie's nodes and edges; the table is laid out once every host is known. */
class TrieBuilder {
  readonly root = newNode("");
  private readonly labels: string[] = [""];
  private readonly parentIds: number[] = [-1];
  private readonly rules: (Node | null)[] = [this.root];
  private readonly edges = new Map<string, number>();

  /** The node for `host`, created with its parents when new. */
  descend(host: string): Node {
    let id = 0;
    const labels = host.split(".");
    for (let i = labels.length - 1; i >= 0; i--) id = this.child(id, labels[i] as string);
    let node = this.rules[id];
    if (node === null || node === undefined) {
      node = newNode(host);
      this.rules[id] = node;
    }
    return node;
  }

  private child(parentId: number, label: string): number {
    const key = `${parentId}:${label}`;
    const existing = this.edges.get(key);
    if (existing !== undefined) return existing;
    const id = this.labels.length;
    this.labels.push(label);
    this.parentIds.push(parentId);
    this.rules.push(null);
    this.edges.set(key, id);
    return id;
  }

  table(): Table {
    const count = this.labels.length;
    // At most half full, so a miss ends on an empty slot after a probe or two.
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    const slots = new Int32Array(capacity * SLOT_WIDTH);
    const mask = capacity - 1;
    const offsets = new Int32Array(count);
    let offset = 1; // after the root's empty label and its "."
    for (let id = 1; id < count; id++) {
      const label = this.labels[id] as string;
      const parentId = this.parentIds[id] as number;
      const hash = labelHash(label, 0, label.length);
      offsets[id] = offset;
      offset += label.length + 1;
      let slot = firstSlot(parentId, hash, mask);
      let labelRef = UNIQUE_HASH;
      for (; slots[slot * SLOT_WIDTH] !== 0; slot = (slot + 1) & mask) {
        const at = slot * SLOT_WIDTH;
        if (slots[at + 1] === parentId && slots[at + 2] === hash) {
          // A sibling with the same hash: both labels must be compared from now on.
          slots[at + 3] = offsets[Math.abs(slots[at] as number) - 1] as number;
          labelRef = offsets[id] as number;
        }
      }
      const node = this.rules[id] === null ? id + 1 : -(id + 1);
      slots.set([node, parentId, hash, labelRef], slot * SLOT_WIDTH);
    }
    return { slots, mask, labels: `${this.labels.join(".")}.`, rules: this.rules };
  }
}

/** A rule's path in the form lookups compare against: path-normalise.ts, then lower case. */
export function normalisePrefix(path: string): string {
  const lower = normalisePath(path).toLowerCase();
  return lower.endsWith("/") ? lower.slice(0, -1) : lower;
}

function encodePrefixes(paths: readonly PathMatch[]): string {
  let encoded = "";
  for (const { prefix } of paths) {
    encoded += String.fromCharCode(prefix.length >>> 16, prefix.length & 0xffff) + prefix;
  }
  return encoded;
}

/**
 * Builds the index. When two rules claim the same host (and path), the first service wins: callers
 * put the admin's custom services before the catalog. The rules build rejects such overlaps
 * inside the catalog itself.
 */
export function buildHostIndex(services: readonly Service[]): HostIndex {
  const builder = new TrieBuilder();
  const pathsOf = new Map<Node, PathMatch[]>();
  let size = 0;
  for (const service of services) {
    for (const rule of service.match) {
      const wildcard = rule.host.startsWith("*.");
      const node = builder.descend(wildcard ? rule.host.slice(2) : rule.host);
      size++;
      if (rule.paths !== undefined && rule.paths.length > 0) {
        let paths = pathsOf.get(node);
        if (paths === undefined) {
          paths = [];
          pathsOf.set(node, paths);
        }
        for (const path of rule.paths) {
          const prefix = normalisePrefix(path);
          if (paths.some((p) => p.prefix === prefix)) continue;
          paths.push({ prefix, match: { service, host: rule.host, path } });
        }
      } else if (wildcard) {
        node.wildcard ??= { service, host: rule.host };
      } else {
        node.host ??= { service, host: rule.host };
      }
    }
  }
  for (const [node, paths] of pathsOf) {
    // Longest prefix first, so the most specific path wins (stable: the first claim stays first).
    paths.sort((a, b) => b.prefix.length - a.prefix.length);
    node.pathPrefixes = encodePrefixes(paths);
    node.pathMatches = paths.map((p) => p.match);
  }
  const root = builder.root;
  root.table = builder.table();
  return { root, size };
}

/** Case-insensitive as String.prototype.toLowerCase sees it, for paths with non-ASCII letters. */
function unicodePrefixMatches(prefix: string, path: string): boolean {
  const head = path.length === prefix.length ? path : path.slice(0, prefix.length);
  if (head !== prefix && head.toLowerCase() !== prefix) return false;
  return path.length === prefix.length || path.charCodeAt(prefix.length) === 47;
}

/**
 * `path` starts with the prefix at prefixes[from, from + length) (ignoring case; the prefix is
 * lower case) and ends there or at "/".
 */
function prefixMatches(prefixes: string, from: number, length: number, path: string): boolean {
  if (length === 0) return true;
  if (path.length < length) return false;
  for (let i = 0; i < length; i++) {
    let c = path.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) return unicodePrefixMatches(prefixes.slice(from, from + length), path);
    if (c !== prefixes.charCodeAt(from + i)) return false;
  }
  return path.length === length || path.charCodeAt(length) === 47;
}

function matchPaths(node: Node, path: string): Match | null {
  const prefixes = node.pathPrefixes as string;
  let at = 0;
  for (let i = 0; at < prefixes.length; i++) {
    const length = (prefixes.charCodeAt(at) << 16) | prefixes.charCodeAt(at + 1);
    if (prefixMatches(prefixes, at + 2, length, path)) return (node.pathMatches as Match[])[i] as Match;
    at += 2 + length;
  }
  return null;
}

/**
 * The most specific rule for host + path, or null. `host` and `path` must be normalised (see
 * url-parts and path-normalise).
 */
export function lookupHost(index: HostIndex, host: string, path: string): Match | null {
  const table = index.root.table as Table;
  let parentId = 0;
  let best: Match | null = null;
  let end = host.length;
  while (end > 0) {
    let hash = 0;
    let start = end - 1;
    for (; start >= 0; start--) {
      const c = host.charCodeAt(start);
      if (c === DOT) break;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    start++;
    const found = findChild(table, parentId, hash, host, start, end);
    if (found === 0) break;
    parentId = found > 0 ? found - 1 : -found - 1;
    if (found < 0) {
      const node = table.rules[parentId] as Node;
      // Labels were matched by hash: the node's whole host must be the end of the hostname.
      if (host.length - start !== node.name.length || !host.endsWith(node.name)) break;
      const isWholeHost = start === 0;
      const atNode =
        (node.pathPrefixes !== null ? matchPaths(node, path) : null) ??
        node.host ??
        (isWholeHost ? null : node.wildcard);
      if (atNode !== null) best = atNode;
    }
    end = start - 1;
  }
  return best;
}
