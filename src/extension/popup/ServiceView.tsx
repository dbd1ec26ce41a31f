import { badgeLook } from "../../engine/policy/status-badge";
import type { TabView } from "../shared/messages";
import { modelPageUrl } from "../shared/pages";
import { DomainList } from "./DomainList";
import { FrameworkLine } from "./FrameworkLine";
import { GoodToKnow } from "./GoodToKnow";
import { KeyActions } from "./KeyActions";
import { OrganisationBanner } from "./OrganisationBanner";
import { PrivacyNote } from "./PrivacyNote";
import { ServiceStatus } from "./ServiceStatus";
import { TrainingAnswer } from "./TrainingAnswer";
import { VariantPicker } from "./VariantPicker";

type ServiceTabView = Extract<TabView, { kind: "service" }>;

/**
 * The five-second view: the service, its plan or status, the three actions that matter most and
 * the training answer come first; the model, the risk and the twelve areas are one click away.
 */
export function ServiceView({
  view,
  onChooseVariant,
}: {
  view: ServiceTabView;
  onChooseVariant: (variantId: string | null) => void;
}) {
  const { verdict, deploymentModel } = view;
  const rule = verdict.matchedRule.path
    ? `${verdict.matchedRule.host}${verdict.matchedRule.path}`
    : verdict.matchedRule.host;
  const org = { extraGuidance: view.extraGuidance, orgName: view.organisation?.name ?? "Your organisation" };
  const planFromPolicy = !view.userMayChoose && verdict.modelSource !== "catalog";
  const look = badgeLook(deploymentModel, view.status);
  return (
    <main class="popup" data-state="service" data-service={verdict.serviceId} data-model={deploymentModel.id}>
      {view.organisation !== null && <OrganisationBanner organisation={view.organisation} />}
      <header class="service-header">
        <h1>
          <span id="popup-chip" class="model-badge" style={{ backgroundColor: look.color }} aria-hidden="true">
            {look.text}
          </span>{" "}
          <span id="service-name">{verdict.name}</span>
        </h1>
        <p id="plan-line">
          <span id="model-name">{verdict.planName ?? deploymentModel.name}</span>
          <span class="muted">
            {verdict.planName !== null && ` (${deploymentModel.name})`} · by {verdict.vendor}
          </span>
        </p>
      </header>
      {view.status !== null && (
        <ServiceStatus
          status={view.status}
          message={view.statusMessage}
          alternative={view.alternative}
          alternativeUrl={view.alternativeUrl}
          orgName={view.organisation?.name ?? null}
          planFromPolicy={planFromPolicy}
          workspacePinned={view.workspacePinned}
        />
      )}
      {planFromPolicy && (
        <p id="model-set-by" class="muted">
          Plan set by your organisation{verdict.planName !== null ? `: ${verdict.planName}` : ""}.
        </p>
      )}
      {view.userMayChoose && view.variants.length > 0 && (
        <VariantPicker
          variants={view.variants}
          chosen={view.chosenVariantId}
          defaultLabel={view.defaultPlanLabel}
          onChoose={onChooseVariant}
        />
      )}
      <KeyActions actions={verdict.keyActions} />
      <TrainingAnswer dataUse={verdict.dataUse} />
      <GoodToKnow jurisdiction={verdict.jurisdiction} facts={verdict.facts} />
      <details id="model-details" class="section">
        <summary>
          <h2>What {deploymentModel.name} means, and its risk</h2>
        </summary>
        {verdict.description !== null && <p>{verdict.description}</p>}
        <p>{deploymentModel.summary}</p>
        <p>
          <strong>Risk: </strong>
          {deploymentModel.riskProfile}
        </p>
        <p>
          <strong>Who does what: </strong>
          {deploymentModel.controlShift}
        </p>
      </details>
      <DomainList responsibilities={verdict.responsibilities} org={org} />
      <footer>
        <FrameworkLine verdict={verdict} />
        <p>
          <a href={modelPageUrl(deploymentModel.id, verdict.framework)} target="_blank" rel="noopener">
            The whole responsibility model for {deploymentModel.name}
          </a>
        </p>
        <p class="muted">
          {view.fromPolicy ? (
            <>
              Added by your organisation's policy (rule <code>{rule}</code>).
            </>
          ) : (
            <>
              Recognised by the rule <code>{rule}</code> (reviewed {view.reviewed}).
            </>
          )}
        </p>
        <PrivacyNote />
      </footer>
    </main>
  );
}
