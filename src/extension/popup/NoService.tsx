import type { OrganisationInfo } from "../shared/messages";
import { modelPageUrl } from "../shared/pages";
import { OrganisationBanner } from "./OrganisationBanner";
import { PrivacyNote } from "./PrivacyNote";

export function NoService({ organisation }: { organisation: OrganisationInfo | null }) {
  return (
    <main class="popup" data-state="none">
      {organisation !== null && <OrganisationBanner organisation={organisation} />}
      <h1>No known AI service is open in this tab</h1>
      <p>
        When you open an AI service that this guide knows, its toolbar icon shows a badge, and this window shows what
        the provider secures and what is yours to do.
      </p>
      <p>
        <a href={modelPageUrl()} target="_blank" rel="noopener">
          Learn the AI security shared responsibility model
        </a>
      </p>
      <PrivacyNote />
    </main>
  );
}
