/**
 * Policy maps are keyed by ids an admin writes, and an id can be any string: "constructor",
 * "toString", "__proto__". A plain object would answer those from Object.prototype (a function, or
 * the prototype itself), so every map is built without a prototype and read through `ownValue`,
 * which also stays right for maps that lost their null prototype on the way (a message, storage).
 */

/** An empty map with no prototype: only keys set on it are ever found. */
export function emptyMap<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** `map[key]` when the map itself has that key; undefined otherwise (never an inherited value). */
export function ownValue<T>(map: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  if (map === undefined || map === null || !Object.hasOwn(map, key)) return undefined;
  return map[key];
}
