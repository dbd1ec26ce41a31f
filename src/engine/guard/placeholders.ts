/**
 * Text shaped like a secret that is not one: documentation placeholders and masked values. Flagging
 * them would teach people to click through the dialog.
 */

/** Whole lower- or upper-case words, so random base64 rarely contains one by chance. */
const PLACEHOLDER_WORDS =
  /your|YOUR|example|EXAMPLE|sample|SAMPLE|placeholder|PLACEHOLDER|redacted|REDACTED|dummy|DUMMY|fake|FAKE|changeme|CHANGEME/;
/** Masks and template syntax. */
const PLACEHOLDER_MARKS = /xxxx|XXXX|\*\*\*|\.\.\.|…|<[^>\n]{1,40}>|\{\{|\$\{/;

/** Fewer distinct characters than any real random token of this length would have. */
function looksRepetitive(value: string): boolean {
  const tail = value.slice(-Math.min(value.length, 24)).replace(/[^A-Za-z0-9]/g, "");
  if (tail.length < 12) return false;
  return new Set(tail).size < 6 || /(.)\1{7,}/.test(tail) || /0123456|1234567|abcdefg/i.test(tail);
}

export function isPlaceholder(value: string): boolean {
  // A private key's long body would match a short word by chance: judge long values by marks only.
  if (value.length > 120) return PLACEHOLDER_MARKS.test(value) && !/[A-Za-z0-9+/]{200}/.test(value);
  return PLACEHOLDER_WORDS.test(value) || PLACEHOLDER_MARKS.test(value) || looksRepetitive(value);
}
