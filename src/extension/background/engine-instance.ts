import bundle from "virtual:rules-bundle";
import { createEngine, type Engine, type EngineOptions } from "../../engine/engine";
import { servicesUnderPolicy } from "../../engine/policy";
import { currentPolicy, onPolicyChange } from "./policy-store";

/** The catalog alone: compiled once when the service worker starts (well under a millisecond). */
export const engine = createEngine(bundle.services, bundle.model);

/** The framework version the admin's policy picks (frameworkVersion); 2024 when it sets none. */
function frameworkOptions(): EngineOptions {
  return { framework: currentPolicy().policy.frameworkVersion ?? "2024", model2025: bundle.model2025 };
}

let underPolicy: Engine = engine;

/** The catalog as the admin's policy shapes it: custom services first, disabled ones removed. */
export function activeEngine(): Engine {
  return underPolicy;
}

function rebuild(): void {
  const { policy } = currentPolicy();
  const plain =
    policy.customServices === undefined && policy.disabledServices === undefined && policy.frameworkVersion !== "2025";
  underPolicy = plain
    ? engine
    : createEngine(servicesUnderPolicy(bundle.services, policy), bundle.model, frameworkOptions());
}

onPolicyChange(rebuild);
