import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";

/**
 * A heading that opens and closes its section. Not <details>: print CSS must be able to show the
 * body of a closed section, and a closed <details> hides it from any stylesheet.
 */
export function Disclosure({
  id,
  title,
  open: initiallyOpen = false,
  children,
}: {
  id: string;
  title: ComponentChildren;
  open?: boolean;
  children: ComponentChildren;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div class="disclosure" data-open={open ? "true" : "false"}>
      <h3 class="disclosure-heading">
        <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          <span class="chevron" aria-hidden="true" />
          {title}
        </button>
      </h3>
      <div id={`${id}-body`} class="disclosure-body">
        {children}
      </div>
    </div>
  );
}
