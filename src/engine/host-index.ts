/**
 * The compiled form of the catalog: a trie keyed by hostname labels read right to left
 * ("com" -> "chatgpt" -> "www"). A lookup costs one probe per label and stops at the first
 * label no rule mentions, so its cost depends on the URL, not on the number of rules.
 */
import type { Match, Service } from "./types";

interface PathMatch {
  /** Lower-case prefix without a trailing slash ("" for a rule on "/"). */
  prefix: string;
  match: Match;
}

interface Node {
  id: number;
  label: string;
  /** Rule on this host without paths: matches the host and its subdomains. */
  host: Match | null;
  /** Rule "*.this.host": matches subdomains only. */
  wildcard: Match | null;
  /** Rules on this host with path prefixes (hosts and subdomains). */
  paths: PathMatch[] | null;
  /** On the root only: where every other node is found. */
  table: Table | null;
}

/**
 * The trie's edges in one open-addressing hash table keyed by (parent id, label hash). A lookup
 * hashes each label of the hostname in place: no substring, no string hashing by a Map, no
 * allocation, a few typed-array reads per label. The label itself is compared to rule out
 * collisions.
 */
interface Table {
  /** Node id + 1 per slot, 0 when empty. Its length is a power of two. */
  slots: Int32Array;
  mask: number;
  parentIds: Int32Array;
  hashes: Int32Array;
  nodes: Node[];
}

export interface HostIndex {
  readonly root: Node;
  readonly size: number;
}

function newNode(id: number, label: string): Node {
  return { id, label, host: null, wildcard: null, paths: null, table: null };
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

function sameLabel(label: string, host: string, start: number, end: number): boolean {
  if (label.length !== end - start) return false;
  for (let i = 0; i < label.length; i++) {
    if (label.charCodeAt(i) !== host.charCodeAt(start + i)) return false;
  }
  return true;
}

/** Node id of the child of `parentId` labelled host[start, end), or -1. */
function findChild(table: Table, parentId: number, hash: number, host: string, start: number, end: number): number {
  const { slots, mask, parentIds, hashes, nodes } = table;
  for (let slot = firstSlot(parentId, hash, mask); ; slot = (slot + 1) & mask) {
    const id = (slots[slot] as number) - 1;
    if (id < 0) return -1;
    if (parentIds[id] === parentId && hashes[id] === hash && sameLabel((nodes[id] as Node).label, host, start, end)) {
      return id;
    }
  }
}

/** Builds the trie's nodes and edges; the table is sized once every host is known. */
class TrieBuilder {
  readonly nodes: Node[] = [newNode(0, "")];
  private readonly parentIds: number[] = [-1];
  private readonly hashes: number[] = [0];
  private readonly edges = new Map<string, number>();

  descend(host: string): Node {
    let id = 0;
    const labels = host.split(".");
    for (let i = labels.length - 1; i >= 0; i--) id = this.child(id, labels[i] as string);
    return this.nodes[id] as Node;
  }

  private child(parentId: number, label: string): number {
    const key = `${parentId}:${label}`;
    const existing = this.edges.get(key);
    if (existing !== undefined) return existing;
    const id = this.nodes.length;
    this.nodes.push(newNode(id, label));
    this.parentIds.push(parentId);
    this.hashes.push(labelHash(label, 0, label.length));
    this.edges.set(key, id);
    return id;
  }

  table(): Table {
    const count = this.nodes.length;
    // At most half full, so a miss ends on an empty slot after a probe or two.
    let capacity = 16;
    while (capacity < count * 2) capacity *= 2;
    const table: Table = {
      slots: new Int32Array(capacity),
      mask: capacity - 1,
      parentIds: Int32Array.from(this.parentIds),
      hashes: Int32Array.from(this.hashes),
      nodes: this.nodes,
    };
    for (let id = 1; id < count; id++) {
      let slot = firstSlot(table.parentIds[id] as number, table.hashes[id] as number, table.mask);
      while (table.slots[slot] !== 0) slot = (slot + 1) & table.mask;
      table.slots[slot] = id + 1;
    }
    return table;
  }
}

function normalisePrefix(path: string): string {
  const lower = path.toLowerCase();
  return lower.endsWith("/") ? lower.slice(0, -1) : lower;
}

/**
 * Builds the index. When two rules claim the same host (and path), the first service wins: callers
 * put the admin's custom services before the catalog. The rules build rejects such overlaps
 * inside the catalog itself.
 */
export function buildHostIndex(services: readonly Service[]): HostIndex {
  const builder = new TrieBuilder();
  let size = 0;
  for (const service of services) {
    for (const rule of service.match) {
      const wildcard = rule.host.startsWith("*.");
      const node = builder.descend(wildcard ? rule.host.slice(2) : rule.host);
      size++;
      if (rule.paths !== undefined && rule.paths.length > 0) {
        if (node.paths === null) node.paths = [];
        for (const path of rule.paths) {
          const prefix = normalisePrefix(path);
          if (node.paths.some((p) => p.prefix === prefix)) continue;
          node.paths.push({ prefix, match: { service, host: rule.host, path } });
        }
        // Longest prefix first, so the most specific path wins.
        node.paths.sort((a, b) => b.prefix.length - a.prefix.length);
      } else if (wildcard) {
        node.wildcard ??= { service, host: rule.host };
      } else {
        node.host ??= { service, host: rule.host };
      }
    }
  }
  const root = builder.nodes[0] as Node;
  root.table = builder.table();
  return { root, size };
}

/** `path` starts with `prefix` (ASCII case ignored; prefix is lower case) and ends there or at "/". */
function pathMatches(prefix: string, path: string): boolean {
  const length = prefix.length;
  if (path.length < length) return false;
  for (let i = 0; i < length; i++) {
    let c = path.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== prefix.charCodeAt(i)) return false;
  }
  return path.length === length || path.charCodeAt(length) === 47;
}

function matchPaths(paths: PathMatch[], path: string): Match | null {
  for (const candidate of paths) {
    if (pathMatches(candidate.prefix, path)) return candidate.match;
  }
  return null;
}

/** The most specific rule for host + path, or null. `host` must be normalised (see url-parts). */
export function lookupHost(index: HostIndex, host: string, path: string): Match | null {
  const table = index.root.table as Table;
  let nodeId = 0;
  let best: Match | null = null;
  let end = host.length;
  while (end > 0) {
    let hash = 0;
    let start = end - 1;
    for (; start >= 0; start--) {
      const c = host.charCodeAt(start);
      if (c === 46) break;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    start++;
    nodeId = findChild(table, nodeId, hash, host, start, end);
    if (nodeId < 0) break;
    const node = table.nodes[nodeId] as Node;
    const isWholeHost = start === 0;
    const atNode =
      (node.paths !== null ? matchPaths(node.paths, path) : null) ?? node.host ?? (isWholeHost ? null : node.wildcard);
    if (atNode !== null) best = atNode;
    end = start - 1;
  }
  return best;
}
