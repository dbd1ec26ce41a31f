import type { PolicyView } from "../shared/messages";

/**
 * Custom services' hosts are not in the manifest. Without access the badge appears there after a
 * click on the toolbar button (activeTab); granting access (once, by a click here) badges them on
 * load, as catalog hosts are.
 */
export function CustomHosts({ hosts, onGrant }: { hosts: PolicyView["customHosts"]; onGrant: (p: string[]) => void }) {
  if (hosts.length === 0) return null;
  const missing = hosts.filter((h) => !h.granted).map((h) => h.pattern);
  return (
    <section aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">Hosts of custom services</h2>
      <ul id="custom-hosts">
        {hosts.map((h) => (
          <li key={h.pattern} data-granted={String(h.granted)}>
            <code>{h.pattern}</code>:{" "}
            {h.granted ? "recognised on load" : "recognised after a click on the toolbar button"}
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <button type="button" id="grant-hosts" onClick={() => onGrant(missing)}>
          Recognise these hosts on load
        </button>
      )}
    </section>
  );
}
