export * from "./apply";
export { emptyMap, ownValue } from "./own-keys";
export * from "./types";
export { isEmptyPolicy, validatePolicy } from "./validate";
