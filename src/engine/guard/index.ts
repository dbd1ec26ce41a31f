export { detectorLabel, placeholder } from "./labels";
export { countByDetector, createScanner, redact, scanText } from "./scan";
export * from "./types";
