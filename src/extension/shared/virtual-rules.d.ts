declare module "virtual:rules-bundle" {
  const bundle: import("../../engine/types").RulesBundle;
  export default bundle;
}
