export { detectorLabel, placeholder } from "./labels";
export { countByDetector, createScanner, redact, scanText } from "./scan";
export { type GuardSettings, guardSettingsFor } from "./settings";
export * from "./types";
