import type { Cell, Owner } from "../../engine/types";
import { PROVENANCE_LABEL } from "../shared/labels";

const WHY: Record<Owner, string> = {
  provider: "Why the provider's:",
  shared: "Why shared:",
  customer: "Why the customer's:",
};

/**
 * One cell's guidance as the data gives it: Do / Don't for customer and shared cells, what the
 * provider does and what you still check for provider cells; then the reason and its source.
 */
export function CellGuidance({ cell, showWhy = true }: { cell: Cell; showWhy?: boolean }) {
  const { guidance } = cell;
  return (
    <div class="guidance" data-cell={`${cell.domain}.${cell.model}`} data-owner={cell.owner}>
      {cell.owner === "provider" ? (
        <>
          {guidance.providerDoes !== undefined && (
            <p class="provider-does">
              <strong>The provider: </strong>
              <span class="line">{guidance.providerDoes}</span>
            </p>
          )}
          {guidance.youCheck !== undefined && (
            <p class="you-check">
              <strong>You still check: </strong>
              <span class="line">{guidance.youCheck}</span>
            </p>
          )}
        </>
      ) : (
        <div class="do-dont">
          <div>
            <p class="list-label">Do</p>
            <ul class="do">
              {(guidance.do ?? []).map((line) => (
                <li key={line.text}>{line.text}</li>
              ))}
            </ul>
          </div>
          <div>
            <p class="list-label">Don't</p>
            <ul class="dont">
              {(guidance.dont ?? []).map((line) => (
                <li key={line.text}>{line.text}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {showWhy && (
        <>
          <p class="reason">
            <strong>{WHY[cell.owner]} </strong>
            <span class="line">{cell.reason}</span>
          </p>
          <p class="provenance muted">
            Source: <span class="line">{PROVENANCE_LABEL[cell.provenance]}</span>.
          </p>
        </>
      )}
    </div>
  );
}
