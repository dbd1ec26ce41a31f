import type { DataUse } from "../../engine/types";

const TRAINING_TEXT: Record<DataUse["training"], string> = {
  "opt-out": "Yes, on the default plan, unless you turn it off.",
  yes: "Yes, and this plan has no setting to turn it off.",
  "opt-in": "Only if you agree to it.",
  no: "No, not by default.",
  "self-hosted": "No provider sees it: the model runs on machines your organisation controls.",
  unknown: "Unknown: this guide has no public source for it yet. Assume it may, and check its privacy settings.",
};

export function DataUseFacts({ dataUse }: { dataUse: DataUse }) {
  return (
    <section class="data-use" aria-labelledby="data-use-heading">
      <h2 id="data-use-heading">May it train on what you type?</h2>
      <p data-training={dataUse.training}>{TRAINING_TEXT[dataUse.training]}</p>
      {dataUse.optOut && (
        <p>
          <strong>Turn it off: </strong>
          {dataUse.optOut}
        </p>
      )}
    </section>
  );
}
