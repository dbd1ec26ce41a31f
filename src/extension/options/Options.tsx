/** The admin view: what the organisation's policy sets, and each value the extension ignored. */
import { useEffect, useState } from "preact/hooks";
import { POLICY_KEYS } from "../../engine/policy/types";
import { permissions } from "../shared/browser-api";
import { type PolicyView, send } from "../shared/messages";
import { modelPageUrl } from "../shared/pages";
import { CustomHosts } from "./CustomHosts";
import { GuardSettings } from "./GuardSettings";

function Problems({ problems }: { problems: PolicyView["problems"] }) {
  if (problems.length === 0) return <p id="no-problems">No problems: every value in the policy applies.</p>;
  return (
    <section class="problems" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        {problems.length} problem{problems.length === 1 ? "" : "s"}: these values are ignored
      </h2>
      <table id="problems">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Value</th>
            <th scope="col">Why it is ignored</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={`${p.key}-${i}`} data-key={p.key}>
              <td>
                <code>{p.key}</code>
              </td>
              <td>
                <code>{p.value}</code>
              </td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Check a policy file before deploying it: <code>npm run --silent policy:check -- FILE</code>.
      </p>
    </section>
  );
}

function EffectivePolicy({ policy }: { policy: PolicyView["policy"] }) {
  const set = POLICY_KEYS.filter((key) => policy[key] !== undefined);
  if (set.length === 0) return <p id="no-policy">No organisation policy applies to this browser.</p>;
  return (
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
              <pre>{JSON.stringify(policy[key], null, 2)}</pre>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Options() {
  const [view, setView] = useState<PolicyView | null>(null);
  const load = () => void send("policy-view", {}).then(setView);
  useEffect(load, []);
  const grant = (patterns: string[]) => void permissions.requestOrigins(patterns).then(load);
  return (
    <main>
      <h1>Organisation policy</h1>
      <p>
        Your organisation configures this extension through managed browser policy. This page shows what applies and
        what was ignored. Nothing here is sent anywhere.
      </p>
      {view === null ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <Problems problems={view.problems} />
          <h2>In effect</h2>
          <EffectivePolicy policy={view.policy} />
          <CustomHosts hosts={view.customHosts} onGrant={grant} />
          <GuardSettings />
        </>
      )}
      <p>
        <a href={modelPageUrl()}>The AI security shared responsibility model</a>
      </p>
    </main>
  );
}
