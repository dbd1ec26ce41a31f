/**
 * The in-page notice on an unapproved or blocked service. Built with textContent only (policy
 * text is never parsed as HTML) inside a closed Shadow DOM: the page's styles cannot reach it, and
 * the page's scripts cannot read the organisation's text from it (`host.shadowRoot` is null).
 * It never takes focus: a person may be typing in the page's editor. A live region announces it;
 * the Dismiss button or Escape closes it.
 */
import { contactHref } from "../shared/contact";
import type { EnforcementView } from "../shared/messages";

const STYLE = `:host{all:initial}
.n{position:fixed;z-index:2147483647;right:16px;bottom:16px;max-width:380px;box-sizing:border-box;
display:flex;flex-direction:column;gap:6px;padding:12px 14px;border-radius:8px;border-left:6px solid #b91c1c;
background:#fff;color:#111827;font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 18px rgba(0,0,0,.25)}
.n.b{border-left-color:#111827}p{margin:0}strong{display:block;font-size:15px}
a{color:#1d4ed8;text-underline-offset:2px}.row{display:flex;gap:16px;align-items:center;flex-wrap:wrap;margin-top:4px}
button{font:inherit;padding:4px 12px;border:1px solid #374151;border-radius:4px;background:#f3f4f6;color:#111827;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

let host: HTMLElement | null = null;
let onKey: ((event: KeyboardEvent) => void) | null = null;
/** The service whose notice the user dismissed: route changes in the same page do not bring it back. */
let dismissed: string | null = null;

function line(parent: Node, tag: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  parent.appendChild(el);
  return el;
}

function link(parent: Node, text: string, href: string): HTMLAnchorElement {
  const a = line(parent, "a", text) as HTMLAnchorElement;
  a.href = href;
  if (!href.startsWith("mailto:")) {
    a.target = "_blank";
    a.rel = "noopener noreferrer";
  }
  return a;
}

export function removeNotice(): void {
  host?.remove();
  host = null;
  if (onKey !== null) document.removeEventListener("keydown", onKey, true);
  onKey = null;
}

function dismiss(serviceName: string): void {
  dismissed = serviceName;
  removeNotice();
}

export function showNotice(view: EnforcementView): void {
  if (dismissed === view.serviceName) return;
  removeNotice();
  host = document.createElement("ai-responsibility-notice");
  const root = host.attachShadow({ mode: "closed" });
  line(root, "style", STYLE);
  const box = document.createElement("div");
  box.className = view.status === "blocked" ? "n b" : "n";
  box.setAttribute("role", "region");
  box.setAttribute("aria-labelledby", "t");
  const org = view.organisationName ?? "Your organisation";
  const verdict = `${view.serviceName} is ${view.status === "blocked" ? "blocked" : "not approved"} by ${org}`;
  line(box, "strong", verdict).id = "t";
  line(box, "p", view.statusMessage);
  if (view.alternative !== null) {
    const instead = line(box, "p", "Instead: ");
    if (view.alternativeUrl === null) instead.append(view.alternative);
    else link(instead, view.alternative, view.alternativeUrl);
  }
  if (view.supportContact !== null) {
    const questions = line(box, "p", "Questions: ");
    const href = contactHref(view.supportContact);
    if (href === null) questions.append(view.supportContact);
    else link(questions, view.supportContact, href);
  }
  const row = document.createElement("div");
  row.className = "row";
  const close = line(row, "button", "Dismiss") as HTMLButtonElement;
  close.type = "button";
  close.addEventListener("click", () => dismiss(view.serviceName));
  if (view.acceptableUsePolicyUrl !== null) link(row, "AI acceptable-use policy", view.acceptableUsePolicyUrl);
  box.appendChild(row);
  // Filled after insertion, so screen readers announce it without the notice taking focus.
  const live = line(root, "p", "");
  live.className = "sr";
  live.setAttribute("role", "status");
  root.appendChild(box);
  document.documentElement.appendChild(host);
  setTimeout(() => {
    live.textContent = `${verdict}. ${view.statusMessage}`;
  }, 100);
  onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") dismiss(view.serviceName);
  };
  document.addEventListener("keydown", onKey, true);
}
