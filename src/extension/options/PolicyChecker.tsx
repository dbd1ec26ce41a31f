/** Paste a policy and check it with the extension's own validator; the text never leaves the browser. */
import { useState } from "preact/hooks";
import { type PolicyCheck, send } from "../shared/messages";
import { ProblemGroups } from "./Problems";

export function PolicyChecker() {
  const [text, setText] = useState("");
  const [result, setResult] = useState<PolicyCheck | { error: string } | null>(null);
  const check = async () => setResult(await send("check-policy", { text }));
  return (
    <section aria-labelledby="checker-heading" id="policy-checker">
      <h2 id="checker-heading">Check a policy before you deploy it</h2>
      <label for="checker-input">
        Paste the extension's policy as JSON (the object under the extension's id). It is checked here, by this
        extension; nothing is sent.
      </label>
      <textarea id="checker-input" rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <p>
        <button type="button" id="checker-run" onClick={() => void check()}>
          Check
        </button>
      </p>
      <div aria-live="polite" id="checker-result">
        {result !== null &&
          ("error" in result ? (
            <p class="problems">{result.error}</p>
          ) : result.problemCount === 0 ? (
            <p id="checker-ok">
              Every value applies. It yields {result.networkRules.rules.length} network rule
              {result.networkRules.rules.length === 1 ? "" : "s"}.
            </p>
          ) : (
            <ProblemGroups groups={result.problemGroups} count={result.problemCount} id="checker-problems" />
          ))}
      </div>
    </section>
  );
}
