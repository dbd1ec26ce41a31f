/**
 * Validates the paste guard's policy key. Each part is checked on its own: a bad action, detector
 * or marker is dropped and reported, the rest applies.
 */
import { DEFAULT_MAX_FILE_BYTES, MAX_FILE_BYTES, MIN_FILE_BYTES } from "../guard/defaults";
import { DETECTOR_GROUPS, type DetectorGroup } from "../guard/types";
import { checkText, isRecord, kindOf, summarise } from "./text-checks";
import {
  GUARD_ACTIONS,
  GUARD_STATUSES,
  type GuardAction,
  type GuardStatus,
  type ManagedPolicy,
  type PasteGuardPolicy,
  type PolicyProblem,
} from "./types";

const MAX_MARKERS = 50;
const KNOWN_PARTS = ["actions", "detectors", "sensitiveMarkers", "maxFileBytes"];

function problem(key: string, value: unknown, message: string, fallback: string): PolicyProblem {
  // `fallback` says in plain words what applies instead (the shared PolicyProblem contract).
  const entry = { key, value: summarise(value), message, fallback };
  return entry;
}

function checkActions(value: unknown, problems: PolicyProblem[]): PasteGuardPolicy["actions"] {
  if (!isRecord(value)) {
    problems.push(
      problem(
        "pasteGuard.actions",
        value,
        `must be an object keyed by status, not ${kindOf(value)}`,
        "warn everywhere",
      ),
    );
    return undefined;
  }
  const actions: Partial<Record<GuardStatus, GuardAction>> = {};
  for (const [status, action] of Object.entries(value)) {
    const key = `pasteGuard.actions.${status.slice(0, 40)}`;
    if (!(GUARD_STATUSES as readonly string[]).includes(status)) {
      problems.push(problem(key, action, `is not a status: use ${GUARD_STATUSES.join(", ")}`, "ignored"));
    } else if (!(GUARD_ACTIONS as readonly unknown[]).includes(action)) {
      problems.push(problem(key, action, `must be one of ${GUARD_ACTIONS.join(", ")}`, "warn"));
    } else actions[status as GuardStatus] = action as GuardAction;
  }
  return actions;
}

function checkDetectors(value: unknown, problems: PolicyProblem[]): PasteGuardPolicy["detectors"] {
  if (!isRecord(value)) {
    problems.push(
      problem(
        "pasteGuard.detectors",
        value,
        `must be an object of true/false, not ${kindOf(value)}`,
        "every detector on",
      ),
    );
    return undefined;
  }
  const detectors: Partial<Record<DetectorGroup, boolean>> = {};
  for (const [group, on] of Object.entries(value)) {
    const key = `pasteGuard.detectors.${group.slice(0, 40)}`;
    if (!(DETECTOR_GROUPS as readonly string[]).includes(group)) {
      problems.push(problem(key, on, `is not a detector: use ${DETECTOR_GROUPS.join(", ")}`, "ignored"));
    } else if (typeof on !== "boolean") {
      problems.push(problem(key, on, "must be true or false", "on"));
    } else detectors[group as DetectorGroup] = on;
  }
  return detectors;
}

function checkMarkers(value: unknown, problems: PolicyProblem[]): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(
      problem("pasteGuard.sensitiveMarkers", value, `must be a list of phrases, not ${kindOf(value)}`, "no markers"),
    );
    return undefined;
  }
  if (value.length > MAX_MARKERS) {
    problems.push(
      problem(
        "pasteGuard.sensitiveMarkers",
        value,
        `has ${value.length} phrases; at most ${MAX_MARKERS}`,
        "no markers",
      ),
    );
    return undefined;
  }
  const markers: string[] = [];
  value.forEach((marker, i) => {
    const checked = checkText(marker, 100);
    if (checked.ok && checked.value.length >= 3) markers.push(checked.value);
    else
      problems.push(
        problem(
          `pasteGuard.sensitiveMarkers[${i}]`,
          marker,
          checked.ok ? "is shorter than 3 characters" : checked.message,
          "this phrase is not matched",
        ),
      );
  });
  return markers;
}

/** Sets policy.pasteGuard from the raw value, reporting what it drops. */
export function checkPasteGuard(raw: unknown, policy: ManagedPolicy, problems: PolicyProblem[]): void {
  if (!isRecord(raw)) {
    problems.push(
      problem("pasteGuard", raw, `must be an object, not ${kindOf(raw)}`, "the guard warns on every AI service"),
    );
    return;
  }
  const guard: PasteGuardPolicy = {};
  for (const key of Object.keys(raw)) {
    if (!KNOWN_PARTS.includes(key))
      problems.push(
        problem(`pasteGuard.${key.slice(0, 40)}`, raw[key], "is not a key the paste guard knows", "ignored"),
      );
  }
  if (raw.actions !== undefined) guard.actions = checkActions(raw.actions, problems);
  if (raw.detectors !== undefined) guard.detectors = checkDetectors(raw.detectors, problems);
  if (raw.sensitiveMarkers !== undefined) guard.sensitiveMarkers = checkMarkers(raw.sensitiveMarkers, problems);
  if (raw.maxFileBytes !== undefined) {
    const n = raw.maxFileBytes;
    if (typeof n === "number" && Number.isInteger(n) && n >= MIN_FILE_BYTES && n <= MAX_FILE_BYTES)
      guard.maxFileBytes = n;
    else
      problems.push(
        problem(
          "pasteGuard.maxFileBytes",
          n,
          `must be a whole number of bytes from ${MIN_FILE_BYTES} to ${MAX_FILE_BYTES}`,
          `${DEFAULT_MAX_FILE_BYTES} bytes`,
        ),
      );
  }
  for (const key of Object.keys(guard) as (keyof PasteGuardPolicy)[]) if (guard[key] === undefined) delete guard[key];
  policy.pasteGuard = guard;
}
