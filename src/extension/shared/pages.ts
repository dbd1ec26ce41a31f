import type { AnyDeploymentModelId, FrameworkVersion } from "../../engine/types";
import { runtime } from "./browser-api";

/** The model page, focused on one deployment model when given, in the given framework version. */
export function modelPageUrl(model?: AnyDeploymentModelId, framework: FrameworkVersion = "2024"): string {
  const base = runtime.getURL("src/extension/model/index.html");
  const params = new URLSearchParams();
  if (model !== undefined) params.set("model", model);
  if (framework !== "2024") params.set("framework", framework);
  const query = params.toString();
  return query === "" ? base : `${base}?${query}`;
}

/** The deployment guide, shipped inside the extension (docs/deployment.md, copied at build). */
export function deploymentGuideUrl(): string {
  return runtime.getURL("docs/deployment.md");
}
