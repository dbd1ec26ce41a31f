import type { CellOwner } from "../../engine/types";
import { OWNER_LETTER, OWNER_NAME } from "./owner";

/** Letter, word and colour, so the owner reads without colour and in black-and-white print. */
export function OwnerTag({ owner }: { owner: CellOwner }) {
  return (
    <span class={`owner owner-${owner}`} data-owner={owner}>
      <span aria-hidden="true">{OWNER_LETTER[owner]} · </span>
      {OWNER_NAME[owner]}
    </span>
  );
}
