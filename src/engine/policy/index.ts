export * from "./apply";
export * from "./types";
export { isEmptyPolicy, validatePolicy } from "./validate";
