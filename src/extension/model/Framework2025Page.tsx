import { useState } from "preact/hooks";
import type { DeploymentModel2025Id, DeploymentModelId, Domain2025Id, FrameworkVersion } from "../../engine/types";
import { Cell2025Details } from "./Cell2025Details";
import { CrossReferences } from "./CrossReferences";
import { column2025Of, isColumn2025, isModel2024, model2025, SOURCE_2025 } from "./data-2025";
import { Framework2025Notes } from "./Framework2025Notes";
import { Legend } from "./Legend";
import { MatrixTable } from "./MatrixTable";
import { OwnerTag } from "./OwnerTag";
import { PageHeader, Toc } from "./PageChrome";
import { VersionCompare } from "./VersionCompare";

const SECTIONS = [
  ["matrix", "The matrix"],
  ["versions", "Compare with 2024"],
  ["new-domains", "The four new domains"],
  ["about", "About the revision"],
] as const;

type CellRef2025 = { domain: Domain2025Id; model: DeploymentModel2025Id };

/** The model page in the 2025 revision: 16 domains against 8 columns, and what changed from 2024. */
export function Framework2025Page({ onSwitch }: { onSwitch: (version: FrameworkVersion) => void }) {
  const [params] = useState(() => new URLSearchParams(location.search));
  const requested = params.get("model");
  const current = isColumn2025(requested) ? requested : null;
  const compareFrom: DeploymentModelId = isModel2024(params.get("from"))
    ? (params.get("from") as DeploymentModelId)
    : "public-saas";
  const [selected, setSelected] = useState<CellRef2025 | null>(null);
  const { framework, newDomains } = model2025;
  const onSelect = (ref: CellRef2025) => {
    setSelected(ref);
    requestAnimationFrame(() => document.getElementById("cell-details")?.scrollIntoView({ block: "nearest" }));
  };
  return (
    <>
      <PageHeader
        title={framework.title}
        lead={
          <>
            {model2025.deploymentModels.length} deployment models against {SOURCE_2025.domains.length} security domains,
            as the author's matrix stands at commit {framework.pinned.commit.slice(0, 7)} ({framework.pinned.tag},{" "}
            {framework.pinned.committed}). Framework by {framework.author}.
          </>
        }
        highlighted={current === null ? null : column2025Of(current).name}
        version="2025"
        onSwitch={onSwitch}
      />
      <Toc sections={SECTIONS} />
      <main data-framework="2025">
        <section id="matrix" aria-labelledby="matrix-heading">
          <h2 id="matrix-heading">The matrix, 2025 revision</h2>
          <Legend />
          <p class="muted">
            <OwnerTag owner="not-applicable" /> the author marks the domain as not applicable to that model; each cell
            says why.
          </p>
          <MatrixTable current={current} selected={selected} onSelect={onSelect} source={SOURCE_2025} />
          <Cell2025Details selected={selected} />
        </section>
        <section id="versions" aria-labelledby="versions-heading">
          <h2 id="versions-heading">Compare with 2024</h2>
          <p>
            The same service in both versions, for example ChatGPT: Public SaaS AI in 2024, SaaS AI in 2025 with the
            same high risk.
          </p>
          <VersionCompare initial={compareFrom} />
        </section>
        <section id="new-domains" aria-labelledby="new-domains-heading">
          <h2 id="new-domains-heading">The four new domains</h2>
          <dl class="domain-list">
            {newDomains.map((d) => (
              <div key={d.id} data-domain={d.id}>
                <dt>{d.name}</dt>
                <dd>{d.definition}</dd>
              </div>
            ))}
          </dl>
          <CrossReferences framework="2025" />
        </section>
        <section id="about" aria-labelledby="about-heading">
          <h2 id="about-heading">About the revision</h2>
          <Framework2025Notes />
        </section>
      </main>
    </>
  );
}
