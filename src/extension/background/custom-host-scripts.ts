/**
 * Runs the manifest's content scripts (route changes and notice; the paste guard) on the hosts of
 * the policy's custom services too, once the user has granted the extension access to them (the
 * admin page's "Recognise these hosts on load"). The manifest can list only the catalog's hosts;
 * these are registered at run time, kept in step with the policy and the granted access at every
 * worker start, policy change and grant or removal. Each manifest script keeps one stable id.
 */
import { permissions, type RegisteredScript, runtime, scripting } from "../shared/browser-api";
import { customScriptMatches } from "../shared/custom-hosts";
import { currentPolicy, onPolicyChange, policyReady } from "./policy-store";

const ID_PREFIX = "custom-hosts-";

async function wanted(): Promise<RegisteredScript[]> {
  await policyReady;
  // The built names (bundled, hashed, a loader in development), as the manifest has them.
  const declared = runtime.contentScripts();
  const { matches, excludeMatches } = customScriptMatches(
    currentPolicy().policy,
    await permissions.grantedOrigins(),
    declared.flatMap((script) => script.matches),
  );
  if (matches.length === 0) return [];
  return declared.map((script, i) => ({
    ...script,
    id: `${ID_PREFIX}${i + 1}`,
    matches,
    excludeMatches: excludeMatches.length > 0 ? excludeMatches : undefined,
  }));
}

/** What decides whether a registration is up to date (the browser may add defaults or order). */
function sameScript(a: RegisteredScript, b: RegisteredScript): boolean {
  const key = (s: RegisteredScript) =>
    JSON.stringify([
      s.js.map((file) => file.replace(/^\//, "")),
      s.css ?? [],
      [...s.matches].sort(),
      [...(s.excludeMatches ?? [])].sort(),
      s.runAt ?? "document_idle",
      s.allFrames ?? false,
    ]);
  return key(a) === key(b);
}

/** Until the managed policy has surely been read, an empty one may only be not read yet (policy-store.ts). */
const SETTLE_MS = 5000;

async function install(removeStale: boolean): Promise<void> {
  const want = await wanted();
  const have = new Map((await scripting.registered(ID_PREFIX)).map((script) => [script.id, script]));
  const stale = [...have.keys()].filter((id) => !want.some((script) => script.id === id));
  if (stale.length > 0 && !removeStale) return;
  if (stale.length > 0) await scripting.unregister(stale);
  const changed = want.filter(
    (script) => have.has(script.id) && !sameScript(have.get(script.id) as RegisteredScript, script),
  );
  if (changed.length > 0) await scripting.update(changed);
  const added = want.filter((script) => !have.has(script.id));
  if (added.length > 0) await scripting.register(added);
}

/** Starts again from nothing: for a state the update could not reconcile. */
async function reinstall(): Promise<void> {
  const ours = (await scripting.registered(ID_PREFIX)).map((script) => script.id);
  if (ours.length > 0) await scripting.unregister(ours);
  const want = await wanted();
  if (want.length > 0) await scripting.register(want);
}

let queue: Promise<void> = Promise.resolve();

/** Brings the registrations in step; calls are queued, so the last state always wins. */
export function syncCustomHostScripts(removeStale = true): Promise<void> {
  queue = queue
    .then(() => install(removeStale).catch(reinstall))
    .catch((error: unknown) => console.error("content scripts for custom hosts not registered", error));
  return queue;
}

export function startCustomHostScripts(): void {
  onPolicyChange(() => void syncCustomHostScripts());
  permissions.onChanged(() => void syncCustomHostScripts());
  runtime.onInstalledOrStartup(() => void syncCustomHostScripts(false));
  // At start the scripts persisted from the last session stay until the policy has surely been
  // read: a page loaded meanwhile keeps its guard. Then the full check.
  void syncCustomHostScripts(false);
  setTimeout(() => void syncCustomHostScripts(), SETTLE_MS);
}
