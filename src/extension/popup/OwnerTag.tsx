import type { CellOwner } from "../../engine/types";
import { OWNER_LABEL } from "../shared/labels";

/** Colour plus a word, so the owner reads without colour too. */
export function OwnerTag({ owner }: { owner: CellOwner }) {
  return <span class={`owner owner-${owner}`}>{OWNER_LABEL[owner]}</span>;
}
