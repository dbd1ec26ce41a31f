/** The network rules in effect: pinned workspaces (exact headers and hosts) and blocked services. */
import type { NetworkRuleSet } from "../../engine/network-rules/types";

export function RulesInEffect({ rules }: { rules: NetworkRuleSet }) {
  const headers = rules.rules.filter((r) => r.action.type === "modifyHeaders");
  const purposes = new Map(rules.purposes.map((p) => [p.ruleId, p]));
  const blocked = new Set(rules.purposes.filter((p) => p.kind === "block").map((p) => p.subject));
  const justify = new Set(rules.purposes.filter((p) => p.kind === "justify").map((p) => p.subject));
  const loggedOut = rules.purposes.some((p) => p.kind === "logged-out-block");
  return (
    <section aria-labelledby="rules-heading" id="rules-in-effect">
      <h2 id="rules-heading">Enforced in the browser's network layer</h2>
      {headers.length === 0 ? (
        <p id="no-pinning">No workspace is pinned: users may sign in to any account on these services.</p>
      ) : (
        <table id="pinned-headers">
          <caption>Headers the browser adds to every request to these hosts (and their subdomains)</caption>
          <thead>
            <tr>
              <th scope="col">Header</th>
              <th scope="col">Value</th>
              <th scope="col">Hosts</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((rule) =>
              rule.action.type === "modifyHeaders"
                ? rule.action.requestHeaders.map((h) => (
                    <tr key={`${rule.id}-${h.header}`} data-fact={purposes.get(rule.id)?.subject}>
                      <td>
                        <code>{h.header}</code>
                      </td>
                      <td>
                        <code>{h.value}</code>
                      </td>
                      <td>{rule.condition.requestDomains?.join(", ")}</td>
                    </tr>
                  ))
                : null,
            )}
          </tbody>
        </table>
      )}
      {loggedOut && <p>Logged-out ChatGPT use is blocked (requests to chatgpt.com/backend-anon/).</p>}
      <p id="network-blocks">
        {blocked.size === 0
          ? "No service is blocked before it loads."
          : `${blocked.size} service${blocked.size === 1 ? " is" : "s are"} stopped before the page loads.`}{" "}
        {justify.size > 0 && `${justify.size} ask for a reason first.`} {rules.rules.length} rule
        {rules.rules.length === 1 ? "" : "s"} installed.
      </p>
      {rules.skipped.length > 0 && (
        <p class="problems" id="rules-skipped">
          {rules.skipped.length} service(s) got no network rule because the browser's limit was reached (
          {rules.skipped
            .slice(0, 10)
            .map((s) => s.serviceId)
            .join(", ")}
          ): they are blocked only after their page loads.
        </p>
      )}
    </section>
  );
}
