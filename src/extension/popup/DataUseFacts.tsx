import type { DataUse } from "../../engine/types";

const TRAINING_TEXT: Record<DataUse["trainsOnInputByDefault"], string> = {
  yes: "Yes, on the default plan, unless you turn it off.",
  no: "No, not by default.",
  unknown: "Unknown: this guide has no public source for it yet. Assume it may, and check its privacy settings.",
};

export function DataUseFacts({ dataUse }: { dataUse: DataUse }) {
  return (
    <section class="data-use" aria-labelledby="data-use-heading">
      <h2 id="data-use-heading">May it train on what you type?</h2>
      <p data-training={dataUse.trainsOnInputByDefault}>{TRAINING_TEXT[dataUse.trainsOnInputByDefault]}</p>
      {dataUse.optOut && (
        <p>
          <strong>Turn it off: </strong>
          {dataUse.optOut}
        </p>
      )}
    </section>
  );
}
