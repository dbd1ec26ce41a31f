import type { DataUse } from "../../engine/types";

const ANSWER: Record<DataUse["training"], string> = {
  "opt-out": "Yes, by default, unless you turn it off.",
  yes: "Yes, and this plan has no setting to turn it off.",
  "opt-in": "Only if you or your admin agree to it.",
  no: "No: the provider's terms for this plan exclude training on what you type.",
  "self-hosted": "No model provider gets it: the model runs on machines you or your organisation run.",
  unknown: "not known. Assume it may, until your IT team says otherwise.",
};

/** The training answer for the plan in use: one line, its source beside it; "unknown" stays quiet. */
export function TrainingAnswer({ dataUse }: { dataUse: DataUse }) {
  if (dataUse.training === "unknown") {
    return (
      <p id="training" class="training-unknown muted" data-training="unknown">
        Trains on what you type: {ANSWER.unknown}
      </p>
    );
  }
  return (
    <section id="training" class="training" data-training={dataUse.training} aria-labelledby="training-heading">
      <h2 id="training-heading">Does it train on what you type?</h2>
      <p>
        <strong id="training-answer">{ANSWER[dataUse.training]}</strong>
        {dataUse.plans !== undefined && <> Applies to: {dataUse.plans}.</>}
      </p>
      {dataUse.optOut !== undefined && (
        <p>
          Turn it off: <span class="path">{dataUse.optOut}</span>
        </p>
      )}
      {dataUse.retention !== undefined && <p>Kept: {dataUse.retention}</p>}
      {dataUse.source !== undefined && (
        <p class="muted">
          <a href={dataUse.source} target="_blank" rel="noopener noreferrer">
            Source
          </a>
          {dataUse.secondHand === true && " (a third party quoting the provider's terms; not yet checked against them)"}
          {dataUse.read !== undefined && <>, read {dataUse.read}</>}
        </p>
      )}
    </section>
  );
}
