import type { TabView } from "../shared/messages";
import { modelPageUrl } from "../shared/pages";
import { DataUseFacts } from "./DataUseFacts";
import { FrameworkLine } from "./FrameworkLine";
import { OrganisationBanner } from "./OrganisationBanner";
import { PrivacyNote } from "./PrivacyNote";
import { ProviderPart } from "./ProviderPart";
import { ServiceStatus } from "./ServiceStatus";
import { UserPart } from "./UserPart";
import { VariantPicker } from "./VariantPicker";

type ServiceTabView = Extract<TabView, { kind: "service" }>;

export function ServiceView({
  view,
  onChooseVariant,
}: {
  view: ServiceTabView;
  onChooseVariant: (variantId: string | null) => void;
}) {
  const { verdict, deploymentModel } = view;
  const yours = verdict.responsibilities.filter((r) => r.owner !== "provider" && r.owner !== "not-applicable");
  const providers = verdict.responsibilities.filter((r) => r.owner === "provider");
  const rule = verdict.matchedRule.path
    ? `${verdict.matchedRule.host}${verdict.matchedRule.path}`
    : verdict.matchedRule.host;
  const org = { extraGuidance: view.extraGuidance, orgName: view.organisation?.name ?? "Your organisation" };
  const chosenVariant = view.variants.find((v) => v.id === view.chosenVariantId);
  return (
    <main class="popup" data-state="service" data-service={verdict.serviceId} data-model={deploymentModel.id}>
      {view.organisation !== null && <OrganisationBanner organisation={view.organisation} />}
      <header class="service-header">
        <h1 id="service-name">{verdict.name}</h1>
        <p class="muted">by {verdict.vendor}</p>
        <p class="model-line">
          <span class="model-badge" style={{ backgroundColor: deploymentModel.badge.color }} aria-hidden="true">
            {deploymentModel.badge.text}
          </span>
          <span id="model-name">{deploymentModel.name}</span>
        </p>
      </header>
      {view.status !== null && <ServiceStatus status={view.status} alternative={view.alternative} />}
      <section aria-labelledby="model-heading" class="model-summary">
        <h2 id="model-heading" class="visually-hidden">
          What this deployment model means
        </h2>
        <p>{deploymentModel.summary}</p>
        <p>
          <strong>Risk: </strong>
          {deploymentModel.riskProfile}
        </p>
      </section>
      {!view.userMayChoose && verdict.modelSource !== "catalog" && (
        <p id="model-set-by" class="muted">
          Set by your organisation{chosenVariant !== undefined ? `: ${chosenVariant.name}` : ""}.
        </p>
      )}
      {view.userMayChoose && view.variants.length > 0 && (
        <VariantPicker
          variants={view.variants}
          chosen={view.chosenVariantId}
          defaultModelName={verdict.name}
          onChoose={onChooseVariant}
        />
      )}
      {view.dataUse !== null && <DataUseFacts dataUse={view.dataUse} />}
      <UserPart responsibilities={yours} org={org} total={verdict.responsibilities.length} />
      <ProviderPart responsibilities={providers} org={org} total={verdict.responsibilities.length} />
      <footer>
        <FrameworkLine verdict={verdict} />
        <p>
          <a href={modelPageUrl(deploymentModel.id, verdict.framework)} target="_blank" rel="noopener">
            See the whole responsibility model for {deploymentModel.name}
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
