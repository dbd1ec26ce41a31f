/**
 * The parts every version of the model page shares: the header, the print button and the table of
 * contents.
 */
import type { ComponentChildren } from "preact";
import type { FrameworkVersion } from "../../engine/types";
import { FrameworkSwitch } from "./FrameworkSwitch";

export function PrintButton() {
  return (
    <button type="button" class="print-button" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}

export function Toc({ sections }: { sections: readonly (readonly [string, string])[] }) {
  return (
    <nav class="toc" aria-label="On this page">
      <ul>
        {sections.map(([id, title]) => (
          <li key={id}>
            <a href={`#${id}`}>{title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The page's header: title and lead, the column the service the user came from is in (when the
 * popup sent them), the framework switch and the print button.
 */
export function PageHeader({
  title,
  lead,
  highlighted,
  version,
  onSwitch,
}: {
  title: string;
  lead: ComponentChildren;
  /** The name of the highlighted deployment model; null when no column is highlighted. */
  highlighted: string | null;
  version: FrameworkVersion;
  onSwitch: (version: FrameworkVersion) => void;
}) {
  return (
    <header class="page-header">
      <div>
        <p class="eyebrow">AI Responsibility Guide</p>
        <h1>{title}</h1>
        <p class="lead">{lead}</p>
        {highlighted !== null && (
          <p class="current-note">
            Highlighted: <strong>{highlighted}</strong>, the deployment model of the service you came from.
          </p>
        )}
        <FrameworkSwitch version={version} onChange={onSwitch} />
      </div>
      <PrintButton />
    </header>
  );
}
