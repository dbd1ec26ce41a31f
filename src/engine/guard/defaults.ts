/** The guard's defaults and limits, in a module of their own so the pages can use them cheaply. */
import type { GuardAction } from "../policy/types";

/** With no policy, or none for a status: warn on every AI service. */
export const DEFAULT_GUARD_ACTION: GuardAction = "warn";
export const DEFAULT_MAX_FILE_BYTES = 1_000_000;
export const MIN_FILE_BYTES = 1_000;
export const MAX_FILE_BYTES = 10_000_000;
