import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The rules folder; RULES_DIR points elsewhere (tests build from a broken copy to see the errors). */
export const RULES_ROOT = process.env.RULES_DIR ? resolve(process.env.RULES_DIR) : resolve(PROJECT_ROOT, "rules");
