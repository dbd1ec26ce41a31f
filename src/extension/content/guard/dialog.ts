/**
 * The guard's dialog: what was found and how many, never the value. It sits next to the editor in
 * a closed Shadow DOM (the page can neither style nor read it), is built with textContent only,
 * keeps keyboard focus inside while open and gives it back to the editor when it closes.
 */
import { detectorLabel } from "../../../engine/guard/labels";

export type Choice = "redact" | "anyway" | "cancel";

export interface DialogRequest {
  /** The editor or file input the dialog belongs to; it gets focus back. */
  anchor: HTMLElement;
  counts: Record<string, number>;
  /** A paste (or dropped text), or the name of a file. */
  subject: { kind: "text" } | { kind: "file"; name: string };
  /** False when the policy blocks: only the safe choices are offered. */
  allowAnyway: boolean;
  /** Whether the findings can be replaced by placeholders. */
  allowRedact: boolean;
}

const STYLE = `:host{all:initial}
.d{position:fixed;z-index:2147483647;box-sizing:border-box;width:min(400px,calc(100vw - 16px));padding:14px 16px;
border-radius:10px;border:1px solid #9ca3af;border-left:6px solid #b45309;background:#fff;color:#111827;
font:14px/1.45 system-ui,sans-serif;box-shadow:0 6px 24px rgba(0,0,0,.28)}
h2{margin:0 0 6px;font-size:15px}ul{margin:4px 0 8px;padding-left:20px}p{margin:4px 0}.q{color:#374151;font-size:13px}
.b{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
button{font:inherit;padding:6px 12px;border-radius:6px;border:1px solid #374151;background:#f3f4f6;color:#111827;cursor:pointer}
button.p{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
@media (prefers-color-scheme:dark){.d{background:#1f2937;color:#f9fafb;border-color:#4b5563;border-left-color:#f59e0b}
.q{color:#d1d5db}button{background:#374151;color:#f9fafb;border-color:#9ca3af}
button.p{background:#93c5fd;border-color:#93c5fd;color:#111827}button:focus-visible{outline-color:#93c5fd}}`;

let open: Promise<Choice> | null = null;

function el<K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  parent.appendChild(node);
  return node;
}

const isShown = (el: Element) => el.getClientRects().length > 0;

function place(box: HTMLElement, anchor: HTMLElement): void {
  const width = Math.min(400, innerWidth - 16);
  if (!isShown(anchor)) {
    // A hidden file input (chat pages open it from a button): bottom centre of the window.
    box.style.left = `${Math.max(8, (innerWidth - width) / 2)}px`;
    box.style.bottom = "24px";
    return;
  }
  const r = anchor.getBoundingClientRect();
  const left = Math.max(8, Math.min(r.left, innerWidth - width - 8));
  box.style.left = `${left}px`;
  // Below the editor when there is room, otherwise above it (chat editors sit at the bottom).
  if (innerHeight - r.bottom > 220) box.style.top = `${Math.max(8, r.bottom + 8)}px`;
  else box.style.bottom = `${Math.max(8, innerHeight - r.top + 8)}px`;
}

function summary(counts: Record<string, number>): string[] {
  return Object.entries(counts).map(([detector, n]) => `${detectorLabel(detector)}: ${n}`);
}

/** Shows the dialog; resolves with the person's choice. One dialog at a time. */
export function askAboutFindings(request: DialogRequest): Promise<Choice> {
  if (open !== null) return Promise.resolve("cancel");
  const host = document.createElement("ai-responsibility-guard");
  const root = host.attachShadow({ mode: "closed" });
  el(root, "style", STYLE);
  const box = el(root, "div");
  box.className = "d";
  box.setAttribute("role", "alertdialog");
  box.setAttribute("aria-modal", "true");
  box.setAttribute("aria-labelledby", "guard-title");
  box.setAttribute("aria-describedby", "guard-found guard-note");
  const what = request.subject.kind === "file" ? `The file “${request.subject.name}”` : "What you are pasting";
  el(box, "h2", `${what} contains sensitive data`).id = "guard-title";
  const found = el(box, "ul");
  found.id = "guard-found";
  for (const line of summary(request.counts)) el(found, "li", line);
  const note = el(
    box,
    "p",
    request.allowAnyway
      ? "Checked on this device: nothing was sent or kept."
      : "Your organisation does not allow sending this here. Checked on this device: nothing was sent or kept.",
  );
  note.className = "q";
  note.id = "guard-note";
  const buttons = el(box, "div");
  buttons.className = "b";
  const choices: [Choice, string][] = [];
  const file = request.subject.kind === "file";
  if (request.allowRedact) choices.push(["redact", file ? "Attach without it" : "Paste without it"]);
  if (request.allowAnyway) choices.push(["anyway", file ? "Attach anyway" : "Paste anyway"]);
  choices.push(["cancel", file ? "Don’t attach" : "Cancel"]);

  const previous = document.activeElement;
  open = new Promise<Choice>((resolve) => {
    const close = (choice: Choice) => {
      host.remove();
      open = null;
      const back = isShown(request.anchor) || !(previous instanceof HTMLElement) ? request.anchor : previous;
      back.focus({ preventScroll: true });
      resolve(choice);
    };
    const list = choices.map(([choice, label], i) => {
      const button = el(buttons, "button", label);
      button.type = "button";
      if (i === 0) button.className = "p";
      button.addEventListener("click", () => close(choice));
      return button;
    });
    box.addEventListener("keydown", (event) => {
      event.stopPropagation();
      if (event.key === "Escape") {
        event.preventDefault();
        close("cancel");
      } else if (event.key === "Tab") {
        // Keep focus in the dialog while it is open.
        event.preventDefault();
        const at = list.indexOf(root.activeElement as HTMLButtonElement);
        const next = (at + (event.shiftKey ? list.length - 1 : 1)) % list.length;
        list[next]?.focus();
      }
    });
    place(box, request.anchor);
    document.documentElement.appendChild(host);
    list[0]?.focus();
  });
  return open;
}
