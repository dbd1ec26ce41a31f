/** The policy's answers about one service, in the shapes the popup, notice and block page use. */
import { isCustomService, standingUnderPolicy, userMayChoose } from "../../engine/policy";
import type { ServiceStatus } from "../../engine/policy/types";
import { statusMessage } from "../../engine/policy/validate-status-messages";
import type { DeploymentModel, DeploymentModel2025, Service } from "../../engine/types";
import type { EnforcementView, OrganisationInfo } from "../shared/messages";
import { currentPolicy, hasPolicy } from "./policy-store";

export function organisationInfo(): OrganisationInfo | null {
  if (!hasPolicy()) return null;
  const { policy, problems } = currentPolicy();
  return {
    name: policy.organizationName ?? null,
    supportContact: policy.supportContact ?? null,
    acceptableUsePolicyUrl: policy.acceptableUsePolicyUrl ?? null,
    problemCount: problems.length,
  };
}

export function serviceStanding(serviceId: string) {
  const { policy } = currentPolicy();
  return {
    ...standingUnderPolicy(policy, serviceId),
    extraGuidance: policy.extraGuidance ?? {},
    userMayChoose: userMayChoose(policy, serviceId),
    fromPolicy: isCustomService(policy, serviceId),
  };
}

/** What to tell the user on an unapproved or blocked service; null when nothing is enforced. */
export function enforcementView(
  service: Service,
  model: DeploymentModel | DeploymentModel2025,
): EnforcementView | null {
  const standing = serviceStanding(service.id);
  const status: ServiceStatus | null = standing.status;
  if ((status !== "unapproved" && status !== "blocked") || standing.action === "badge") return null;
  const { policy } = currentPolicy();
  return {
    serviceName: service.name,
    modelName: model.name,
    status,
    statusMessage: statusMessage(policy.statusMessages, status),
    action: standing.action,
    organisationName: policy.organizationName ?? null,
    alternative: standing.alternative,
    alternativeUrl: standing.alternativeUrl,
    supportContact: policy.supportContact ?? null,
    acceptableUsePolicyUrl: policy.acceptableUsePolicyUrl ?? null,
  };
}
