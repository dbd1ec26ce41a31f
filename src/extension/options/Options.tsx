/**
 * The admin view: what users experience under the organisation's policy, each ignored value with
 * what applies instead, the network rules in effect, the catalog's ids, and a policy checker.
 */
import { useEffect, useState } from "preact/hooks";
import { POLICY_KEYS } from "../../engine/policy/types";
import { permissions } from "../shared/browser-api";
import { type AdminView, type PolicyView, send } from "../shared/messages";
import { deploymentGuideUrl, modelPageUrl } from "../shared/pages";
import { CatalogTable } from "./CatalogTable";
import { CustomHosts } from "./CustomHosts";
import { GuardSettings } from "./GuardSettings";
import { PolicyChecker } from "./PolicyChecker";
import { ProblemGroups } from "./Problems";
import { RulesInEffect } from "./RulesInEffect";
import { Summary } from "./Summary";
import { EXTRA_SECTIONS } from "./slots";

function EffectivePolicy({ policy }: { policy: PolicyView["policy"] }) {
  const set = POLICY_KEYS.filter((key) => policy[key] !== undefined);
  return (
    <details>
      <summary>Every value in effect ({set.length} keys)</summary>
      <table id="effective-policy">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Value in effect</th>
          </tr>
        </thead>
        <tbody>
          {set.map((key) => (
            <tr key={key} data-key={key}>
              <td>
                <code>{key}</code>
              </td>
              <td>
                <pre>{JSON.stringify(policy[key], null, 2).slice(0, 4000)}</pre>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function NoPolicy() {
  return (
    <section id="no-policy" aria-labelledby="no-policy-heading">
      <h2 id="no-policy-heading">No organisation policy on this browser</h2>
      <p>
        The extension works on its own: it recognises AI services and shows their deployment model, with no status and
        nothing blocked. To approve, block or pin services for your organisation, deploy a policy as the{" "}
        <a href={deploymentGuideUrl()}>deployment guide</a> explains, then check it below before you roll it out.
      </p>
    </section>
  );
}

export function Options() {
  const [view, setView] = useState<PolicyView | null>(null);
  const [admin, setAdmin] = useState<AdminView | null>(null);
  const load = () => {
    void send("policy-view", {}).then(setView);
    void send("admin-view", {}).then(setAdmin);
  };
  useEffect(load, []);
  const grant = (patterns: string[]) => void permissions.requestOrigins(patterns).then(load);
  const ready = view !== null && admin !== null;
  const hasPolicy = ready && (Object.keys(view.policy).length > 0 || admin.problemCount > 0);
  return (
    <main data-state={ready ? (hasPolicy ? "policy" : "no-policy") : "loading"}>
      <h1>Organisation policy</h1>
      {admin !== null && (
        <p class="muted" id="about">
          AI Responsibility Guide {admin.version} · catalog of {admin.catalogSize} services, reviewed up to{" "}
          {admin.catalogDate} · everything on this page stays in this browser.
        </p>
      )}
      {!ready ? (
        <p aria-busy="true">Loading…</p>
      ) : !hasPolicy ? (
        <NoPolicy />
      ) : (
        <>
          <Summary policy={view.policy} catalog={admin.catalog} />
          {admin.problemCount > 0 && (
            <section aria-labelledby="problems-heading">
              <h2 id="problems-heading">Values the extension ignores</h2>
              <ProblemGroups groups={admin.problemGroups} count={admin.problemCount} id="problems" />
            </section>
          )}
          <RulesInEffect rules={admin.networkRules} />
          {EXTRA_SECTIONS.map((Section, i) => (
            <Section key={i} view={view} />
          ))}
          <CustomHosts hosts={view.customHosts} onGrant={grant} />
          <EffectivePolicy policy={view.policy} />
        </>
      )}
      {ready && <GuardSettings />}
      {admin !== null && <PolicyChecker />}
      {admin !== null && <CatalogTable rows={admin.catalog} />}
      <p>
        <a href={modelPageUrl()}>The AI security shared responsibility model</a>
      </p>
    </main>
  );
}
