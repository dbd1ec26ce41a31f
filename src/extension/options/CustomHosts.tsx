import { useState } from "preact/hooks";
import type { PolicyView } from "../shared/messages";

const PAGE = 50;

/**
 * Custom services' hosts are not in the manifest. Without access the badge appears there after a
 * click on the toolbar button (activeTab); granting access (once, by a click here) badges them on
 * load, as catalog hosts are. Long lists are paged.
 */
export function CustomHosts({ hosts, onGrant }: { hosts: PolicyView["customHosts"]; onGrant: (p: string[]) => void }) {
  const [shown, setShown] = useState(PAGE);
  if (hosts.length === 0) return null;
  const missing = hosts.filter((h) => !h.granted).map((h) => h.pattern);
  return (
    <section aria-labelledby="hosts-heading">
      <h2 id="hosts-heading">Hosts of custom services ({hosts.length})</h2>
      <ul id="custom-hosts">
        {hosts.slice(0, shown).map((h) => (
          <li key={h.pattern} data-granted={String(h.granted)}>
            <code>{h.pattern}</code>:{" "}
            {h.granted ? "recognised and enforced on load" : "recognised after a click on the toolbar button"}
          </li>
        ))}
      </ul>
      {shown < hosts.length && (
        <button type="button" id="more-hosts" onClick={() => setShown(shown + PAGE * 4)}>
          Show more ({hosts.length - shown} left)
        </button>
      )}
      {missing.length > 0 && (
        <p>
          Blocking before the page loads also needs this access.{" "}
          <button type="button" id="grant-hosts" onClick={() => onGrant(missing)}>
            Recognise these hosts on load
          </button>
        </p>
      )}
    </section>
  );
}
