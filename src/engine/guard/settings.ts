/** The guard's settings in effect for one service, from the admin policy (or the defaults). */
import type { GuardAction, GuardStatus, PasteGuardPolicy, ServiceStatus } from "../policy/types";
import { DEFAULT_GUARD_ACTION, DEFAULT_MAX_FILE_BYTES } from "./defaults";
import type { DetectorGroup } from "./types";

export interface GuardSettings {
  action: GuardAction;
  detectors: Partial<Record<DetectorGroup, boolean>>;
  sensitiveMarkers: string[];
  maxFileBytes: number;
}

export function guardSettingsFor(policy: PasteGuardPolicy | undefined, status: ServiceStatus | null): GuardSettings {
  const key: GuardStatus = status ?? "unlisted";
  return {
    action: policy?.actions?.[key] ?? DEFAULT_GUARD_ACTION,
    detectors: policy?.detectors ?? {},
    sensitiveMarkers: policy?.sensitiveMarkers ?? [],
    maxFileBytes: policy?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
  };
}
