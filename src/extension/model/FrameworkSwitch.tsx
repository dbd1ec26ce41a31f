import type { FrameworkVersion } from "../../engine/types";

const CHOICES: [FrameworkVersion, string][] = [
  ["2024", "2024 article: 8 models, 12 domains"],
  ["2025", "2025 revision: 8 models, 16 domains"],
];

/** Which version of the framework the page shows. Radio buttons: arrow keys move between them. */
export function FrameworkSwitch({
  version,
  onChange,
}: {
  version: FrameworkVersion;
  onChange: (version: FrameworkVersion) => void;
}) {
  return (
    <fieldset class="framework-switch no-print">
      <legend>Framework version</legend>
      {CHOICES.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name="framework-version"
            value={value}
            checked={version === value}
            onChange={() => onChange(value)}
          />{" "}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
