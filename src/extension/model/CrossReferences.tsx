import type { FrameworkVersion } from "../../engine/types";
import { Disclosure } from "./Disclosure";
import { domain2025Of, crossReferences as refs } from "./data-2025";

const byId = (list: { id: string; name: string }[]) => new Map(list.map((e) => [e.id, e.name]));
const LLM = byId(refs.owaspLlm);
const AGENTIC = byId(refs.owaspAgentic);
const NIST = byId(refs.nistRisks);
const SCOPE = new Map(refs.awsScopes.map((s) => [s.scope, s.name]));

function Source({ id }: { id: keyof typeof refs.sources }) {
  const source = refs.sources[id];
  return (
    <a href={source.url} target="_blank" rel="noopener">
      {source.title}
    </a>
  );
}

/** AWS scoping scopes per deployment model, OWASP and NIST AI 600-1 entries per domain: folded, for security teams. */
export function CrossReferences({ framework }: { framework: FrameworkVersion }) {
  const models = refs.models.filter((m) => m.framework === framework);
  const domains = framework === "2025" ? refs.domains : refs.domains.slice(0, 12);
  return (
    <Disclosure
      id={`crossrefs-${framework}`}
      title="Cross-references: AWS scoping matrix, OWASP Top 10s, NIST AI 600-1"
    >
      <p class="muted">{refs.note}</p>
      <h4>
        <Source id="aws-scoping" /> scope per deployment model
      </h4>
      <ul class="crossref-models">
        {models.map((m) => (
          <li key={m.model} data-model={m.model}>
            <code>{m.model}</code>: {m.awsScopes.map((s) => `scope ${s} (${SCOPE.get(s)})`).join(", ")}
            {m.note !== undefined && <span class="muted"> — {m.note}</span>}
          </li>
        ))}
      </ul>
      <h4>Per security domain</h4>
      <p class="muted">
        From <Source id="owasp-llm" />, <Source id="owasp-agentic" /> and <Source id="nist-600-1" />, read{" "}
        {refs.sources["owasp-llm"].read}.
      </p>
      <dl class="crossref-domains">
        {domains.map((d) => (
          <div key={d.domain} data-domain={d.domain}>
            <dt>{domain2025Of(d.domain).name}</dt>
            <dd>
              {[
                ...d.owaspLlm.map((id) => `${id} ${LLM.get(id)}`),
                ...d.owaspAgentic.map((id) => `${id} ${AGENTIC.get(id)}`),
                ...d.nistRisks.map((id) => `NIST: ${NIST.get(id)}`),
              ].join("; ")}
            </dd>
          </div>
        ))}
      </dl>
    </Disclosure>
  );
}
