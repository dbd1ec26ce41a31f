/**
 * The paste guard on the admin page: the settings in effect per service status, and the findings
 * counted on this device (counts per detector and day only: the guard keeps no text).
 */
import { useEffect, useState } from "preact/hooks";
import { detectorLabel } from "../../engine/guard/labels";
import { guardSettingsFor } from "../../engine/guard/settings";
import { DETECTOR_GROUPS, type DetectorGroup } from "../../engine/guard/types";
import { type GuardAction, SERVICE_STATUSES, type ServiceStatus } from "../../engine/policy/types";
import { type GuardStats, type PolicyView, send } from "../shared/messages";

const ACTION_TEXT: Record<GuardAction, string> = {
  off: "Off: not checked",
  warn: "Warns: the person may paste without the findings, paste anyway or cancel",
  block: "Blocks: only without the findings, or not at all",
};
const STATUS_TEXT: Record<ServiceStatus | "unlisted", string> = {
  approved: "Approved services",
  tolerated: "Tolerated services",
  unapproved: "Unapproved services",
  blocked: "Blocked services",
  unlisted: "Services the policy does not list",
};
const GROUP_TEXT: Record<DetectorGroup, string> = {
  secrets: "Secrets: cloud and API keys, tokens, private keys, passwords in connection strings",
  paymentCards: "Payment card numbers (Luhn-checked)",
  ibans: "IBANs (checksum-checked)",
  emailLists: "Lists of 10 or more e-mail addresses",
  phoneLists: "Lists of 10 or more phone numbers",
};

function Counts({ stats }: { stats: GuardStats | null }) {
  if (stats === null) return <p aria-busy="true">Loading…</p>;
  if (stats.days.length === 0) return <p id="guard-no-counts">Nothing found on this device in the last 30 days.</p>;
  return (
    <table id="guard-counts">
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Found</th>
        </tr>
      </thead>
      <tbody>
        {stats.days.map(({ day, counts }) => (
          <tr key={day}>
            <td>{day}</td>
            <td>
              {Object.entries(counts)
                .map(([detector, n]) => `${detectorLabel(detector)}: ${n}`)
                .join(", ")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function GuardSettings() {
  const [view, setView] = useState<PolicyView | null>(null);
  const [stats, setStats] = useState<GuardStats | null>(null);
  useEffect(() => {
    void send("policy-view", {}).then(setView);
    void send("guard-stats", {}).then(setStats);
  }, []);
  if (view === null) return null;
  const guard = view.policy.pasteGuard;
  const general = guardSettingsFor(guard, null);
  return (
    <section id="paste-guard" aria-labelledby="guard-heading">
      <h2 id="guard-heading">Paste and upload guard</h2>
      <p>
        On AI services, text pasted or dropped into an editor, and text files chosen or dropped for upload, are checked
        on this device before the page gets them. Nothing is sent or kept; only counts per kind of finding and day.
        {guard === undefined ? " The policy does not set the guard: these are the defaults." : ""}
      </p>
      <table id="guard-actions">
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">What the guard does</th>
          </tr>
        </thead>
        <tbody>
          {[...SERVICE_STATUSES, "unlisted" as const].map((status) => (
            <tr key={status} data-status={status}>
              <td>{STATUS_TEXT[status]}</td>
              <td>{ACTION_TEXT[guardSettingsFor(guard, status === "unlisted" ? null : status).action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>What it looks for</h3>
      <ul id="guard-detectors">
        {DETECTOR_GROUPS.map((group) => (
          <li key={group} data-on={String(general.detectors[group] !== false)}>
            {GROUP_TEXT[group]}: {general.detectors[group] === false ? "off" : "on"}
          </li>
        ))}
        <li>
          {general.sensitiveMarkers.length === 0
            ? "Your organisation's markers: none set"
            : `Your organisation's markers: ${general.sensitiveMarkers.join("; ")}`}
        </li>
      </ul>
      <p>Text files larger than {general.maxFileBytes.toLocaleString("en")} bytes are attached without being read.</p>
      <h3>Found on this device</h3>
      <Counts stats={stats} />
    </section>
  );
}
