import bundle from "virtual:rules-bundle";
import { createEngine, type Engine } from "../../engine/engine";
import { servicesUnderPolicy } from "../../engine/policy";
import { currentPolicy, onPolicyChange } from "./policy-store";

/** The catalog alone: compiled once when the service worker starts (well under a millisecond). */
export const engine = createEngine(bundle.services, bundle.model);

let underPolicy: Engine = engine;

/** The catalog as the admin's policy shapes it: custom services first, disabled ones removed. */
export function activeEngine(): Engine {
  return underPolicy;
}

function rebuild(): void {
  const { policy } = currentPolicy();
  const plain = policy.customServices === undefined && policy.disabledServices === undefined;
  underPolicy = plain ? engine : createEngine(servicesUnderPolicy(bundle.services, policy), bundle.model);
}

onPolicyChange(rebuild);
