export * from "./apply";
export { emptyMap, ownValue } from "./own-keys";
export {
  compilePublicSuffixes,
  PUBLIC_SUFFIXES_FILE,
  type PublicSuffixData,
  type PublicSuffixes,
} from "./public-suffix";
export * from "./types";
export { isEmptyPolicy, needsPublicSuffixes, validatePolicy } from "./validate";
