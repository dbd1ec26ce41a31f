import type { DeploymentModelId } from "../../engine/types";
import { runtime } from "./browser-api";

/** The model page, focused on one deployment model when given. */
export function modelPageUrl(model?: DeploymentModelId): string {
  const base = runtime.getURL("src/extension/model/index.html");
  return model === undefined ? base : `${base}?model=${encodeURIComponent(model)}`;
}

/** The deployment guide, shipped inside the extension (docs/deployment.md, copied at build). */
export function deploymentGuideUrl(): string {
  return runtime.getURL("docs/deployment.md");
}
