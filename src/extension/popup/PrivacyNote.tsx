export function PrivacyNote() {
  return (
    <p class="privacy muted">
      Worked out in your browser from an open list of AI services. Nothing about your browsing is stored or sent.
    </p>
  );
}
