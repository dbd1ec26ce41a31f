import { useState } from "preact/hooks";
import type { DeploymentModelId, FrameworkVersion } from "../../engine/types";
import { AllGuidance } from "./AllGuidance";
import { CellDetails } from "./CellDetails";
import { CompareView } from "./CompareView";
import { CrossReferences } from "./CrossReferences";
import { DeploymentModels } from "./DeploymentModels";
import { Domains } from "./Domains";
import { type CellRef, cellParam, deploymentModelOf, model, readParams } from "./data";
import { readFramework } from "./data-2025";
import { Framework2025Page } from "./Framework2025Page";
import { FrameworkNotes } from "./FrameworkNotes";
import { Legend } from "./Legend";
import { MatrixTable } from "./MatrixTable";
import { PageHeader, Toc } from "./PageChrome";

const SECTIONS = [
  ["matrix", "The matrix"],
  ["models", "Deployment models"],
  ["compare", "Compare two models"],
  ["domains", "Security domains"],
  ["guidance", "All guidance"],
  ["about", "About the framework"],
] as const;

/** Keeps the address in step with what is shown, so a link reopens the same view. */
function updateUrl(changes: Record<string, string>): void {
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(changes)) url.searchParams.set(key, value);
  history.replaceState(null, "", url);
}

export function ModelPage() {
  const [params] = useState(() => readParams(location.search));
  const { current } = params;
  const [selected, setSelected] = useState<CellRef | null>(params.cell);
  const [compare, setCompare] = useState({ from: params.compareFrom, to: params.compareTo });
  const [framework, setFramework] = useState<FrameworkVersion>(() => readFramework(location.search));
  const onSwitch = (version: FrameworkVersion) => {
    setFramework(version);
    updateUrl({ framework: version });
  };
  if (framework === "2025") return <Framework2025Page onSwitch={onSwitch} />;

  const onSelect = (ref: CellRef) => {
    setSelected(ref);
    updateUrl({ cell: cellParam(ref) });
    requestAnimationFrame(() => document.getElementById("cell-details")?.scrollIntoView({ block: "nearest" }));
  };
  const onCompare = (from: DeploymentModelId, to: DeploymentModelId) => {
    setCompare({ from, to });
    updateUrl({ compare: to });
  };

  return (
    <>
      <PageHeader
        title={model.framework.title}
        lead={
          <>
            Who secures what when an organisation uses AI: {model.deploymentModels.length} deployment models against{" "}
            {model.domains.length} security domains. Framework by {model.framework.author}.
          </>
        }
        highlighted={current === null ? null : deploymentModelOf(current).name}
        version="2024"
        onSwitch={onSwitch}
      />
      <Toc sections={SECTIONS} />
      <main>
        <section id="matrix" aria-labelledby="matrix-heading">
          <h2 id="matrix-heading">The matrix</h2>
          <Legend />
          <MatrixTable current={current} selected={selected} onSelect={onSelect} />
          <CellDetails selected={selected} />
        </section>
        <section id="models" aria-labelledby="models-heading">
          <h2 id="models-heading">The eight deployment models</h2>
          <p>
            The deployment model sets the starting risk: the same assistant carries different risk as a consumer app and
            as an enterprise plan.
          </p>
          <DeploymentModels current={current} />
        </section>
        <section id="compare" aria-labelledby="compare-heading">
          <h2 id="compare-heading">Compare two models</h2>
          <p>
            What changes for us if we move from one deployment model to another, for example from ChatGPT (Public SaaS)
            to Azure OpenAI (PaaS)?
          </p>
          <CompareView from={compare.from} to={compare.to} onChange={onCompare} />
        </section>
        <section id="domains" aria-labelledby="domains-heading">
          <h2 id="domains-heading">The twelve security domains</h2>
          <Domains />
          <CrossReferences framework="2024" />
        </section>
        <section id="guidance" aria-labelledby="guidance-heading">
          <h2 id="guidance-heading">Guidance for every cell</h2>
          <p class="no-print">
            Open a deployment model to read all twelve domains for it. Printing opens every section.
          </p>
          <AllGuidance current={current} />
        </section>
        <section id="about" aria-labelledby="about-heading">
          <h2 id="about-heading">About the framework</h2>
          <FrameworkNotes />
        </section>
      </main>
    </>
  );
}
