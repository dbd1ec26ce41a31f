/**
 * Secrets: secretlint's recommended rule set (maintained upstream: cloud and API tokens, private
 * keys, connection strings), run through a minimal rule context, plus JSON Web Tokens and Google
 * API keys, which that preset does not cover. The rules' messages embed the secret; this context
 * keeps only the message id and the range, so no value leaves a rule.
 */
import { rules } from "@secretlint/secretlint-rule-preset-recommend";
import type { SecretLintRuleContext, SecretLintSourceCode } from "@secretlint/types";
import { isPlaceholder } from "./placeholders";
import type { Finding } from "./types";

const RULE_PREFIX = "@secretlint/secretlint-rule-";
/** Reports we do not want: an AWS account ID is not a secret. */
const DROPPED_MESSAGES = new Set(["AWSAccountID"]);
/** Message ids that name a more precise detector than their rule. */
const DETECTOR_BY_MESSAGE: Record<string, string> = {
  AWSAccessKeyID: "aws-access-key",
  AWSSecretAccessKey: "aws-secret-key",
};
/** Per-rule options: the AWS access key ID scan is off by default in secretlint. */
const RULE_OPTIONS: Record<string, object> = { aws: { enableIDScanRule: true } };
/** Comment-directive filtering would let pasted text switch the guard off. */
const SKIPPED_RULES = new Set(["filter-comments"]);

const scanners = rules
  .map((rule) => ({ rule, name: rule.meta.id.replace(RULE_PREFIX, "") }))
  .filter(({ rule, name }) => rule.meta.type === "scanner" && !SKIPPED_RULES.has(name));

function source(content: string): SecretLintSourceCode {
  const unsupported = () => {
    throw new Error("not available in the paste guard");
  };
  return {
    hasBOM: false,
    content,
    filePath: undefined,
    physicalFilePath: undefined,
    contentType: "text",
    ext: "",
    getFilePath: () => undefined,
    getPhysicalFilePath: () => undefined,
    locationToRange: unsupported,
    rangeToLocation: unsupported,
    positionToIndex: unsupported,
    indexToPosition: unsupported,
  };
}

/**
 * secretlint 13.1 reports the AWS secret key from the start of its name with the key's length, so
 * the range misses the key's end; take the 40 characters after the "=" or ":" instead.
 */
function awsSecretRange(text: string, from: number): readonly [number, number] {
  const m = /[=:>]\s*["']?([A-Za-z0-9/+=]{40})/.exec(text.slice(from, from + 160));
  if (m === null) return [from, from + 160];
  const start = from + m.index + m[0].length - 40;
  return [start, start + 40];
}

function secretlintFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  const code = source(text);
  for (const { rule, name } of scanners) {
    const context: SecretLintRuleContext = {
      sharedOptions: {},
      // The translator returns the message id alone: the value passed as data is dropped here.
      createTranslator: () => ((id: string) => ({ message: id, data: {} })) as never,
      report: ({ message, range }) => {
        const id = String((message as { message: unknown }).message);
        if (DROPPED_MESSAGES.has(id)) return;
        const [start, end] = id === "AWSSecretAccessKey" ? awsSecretRange(text, range[0]) : range;
        findings.push({ detector: DETECTOR_BY_MESSAGE[id] ?? name, kind: "secret", start, end });
      },
      ignore: () => undefined,
    };
    try {
      const handler = rule.create(context, (RULE_OPTIONS[name] ?? {}) as never);
      const pending = handler.file?.(code);
      // Rules that read files from disk answer later; for pasted text they find nothing.
      if (pending instanceof Promise) pending.catch(() => undefined);
    } catch {
      // One broken rule must not stop the others.
    }
  }
  return findings;
}

const JWT = /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/g;
const GOOGLE_API_KEY = /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g;

function jwtHeaderIsJson(token: string): boolean {
  const header = token.slice(0, token.indexOf(".")).replace(/-/g, "+").replace(/_/g, "/");
  try {
    const parsed: unknown = JSON.parse(atob(header.padEnd(Math.ceil(header.length / 4) * 4, "=")));
    return typeof parsed === "object" && parsed !== null && "alg" in parsed;
  } catch {
    return false;
  }
}

function patternFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(JWT)) {
    if (jwtHeaderIsJson(m[0]))
      findings.push({ detector: "jwt", kind: "secret", start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(GOOGLE_API_KEY)) {
    findings.push({ detector: "google-api-key", kind: "secret", start: m.index, end: m.index + m[0].length });
  }
  return findings;
}

export function findSecrets(text: string): Finding[] {
  return [...secretlintFindings(text), ...patternFindings(text)].filter(
    (f) => !isPlaceholder(text.slice(f.start, f.end)),
  );
}
