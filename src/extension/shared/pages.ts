import type { DeploymentModelId } from "../../engine/types";
import { runtime } from "./browser-api";

/** The model page, focused on one deployment model when given. */
export function modelPageUrl(model?: DeploymentModelId): string {
  const base = runtime.getURL("src/extension/model/index.html");
  return model === undefined ? base : `${base}?model=${encodeURIComponent(model)}`;
}
