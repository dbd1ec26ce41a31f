import { runtime } from "../shared/browser-api";
import { contactHref } from "../shared/contact";
import type { OrganisationInfo } from "../shared/messages";

export function OrganisationBanner({ organisation }: { organisation: OrganisationInfo }) {
  const contact = organisation.supportContact;
  const href = contact === null ? null : contactHref(contact);
  // A policy that only sets behaviour (a framework version, a guard) has nothing to show here.
  const empty =
    organisation.name === null &&
    contact === null &&
    organisation.acceptableUsePolicyUrl === null &&
    organisation.problemCount === 0;
  if (empty) return null;
  return (
    <section class="organisation" aria-label="Your organisation">
      {organisation.name !== null && (
        <p class="org-name">
          Managed by <strong id="org-name">{organisation.name}</strong>
        </p>
      )}
      {contact !== null && (
        <p class="org-contact">
          Questions:{" "}
          {href === null ? (
            <span>{contact}</span>
          ) : (
            <a href={href} target="_blank" rel="noopener">
              {contact}
            </a>
          )}
        </p>
      )}
      {organisation.acceptableUsePolicyUrl !== null && (
        <p>
          <a id="org-aup" href={organisation.acceptableUsePolicyUrl} target="_blank" rel="noopener noreferrer">
            Your organisation's AI acceptable-use policy
          </a>
        </p>
      )}
      {organisation.problemCount > 0 && (
        <p class="policy-problems" role="status">
          Your organisation's policy for this extension has {organisation.problemCount} problem
          {organisation.problemCount === 1 ? "" : "s"}; those settings are ignored.{" "}
          <button type="button" class="link-button" id="open-admin-view" onClick={() => void runtime.openOptionsPage()}>
            See them
          </button>{" "}
          and tell your IT team.
        </p>
      )}
    </section>
  );
}
