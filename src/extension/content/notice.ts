/**
 * The in-page notice on an unapproved or blocked service. Built with textContent only (policy
 * text is never parsed as HTML) inside a Shadow DOM, so the page's styles cannot reach it
 * and its styles cannot leak out.
 */
import type { EnforcementView } from "../shared/messages";

const STYLE = `:host{all:initial}
.n{position:fixed;z-index:2147483647;right:16px;bottom:16px;max-width:380px;box-sizing:border-box;
padding:12px 14px;border-radius:8px;border-left:6px solid #b91c1c;background:#fff;color:#111827;
font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 18px rgba(0,0,0,.25)}
.n.b{border-left-color:#111827}p{margin:4px 0}strong{display:block;font-size:15px}
a{color:#1d4ed8}button{margin-top:6px;font:inherit;padding:4px 10px;border:1px solid #374151;
border-radius:4px;background:#f3f4f6;color:#111827;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}`;

let host: HTMLElement | null = null;
/** The service whose notice the user dismissed: route changes in the same page do not bring it back. */
let dismissed: string | null = null;

function line(parent: Node, tag: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  parent.appendChild(el);
  return el;
}

export function removeNotice(): void {
  host?.remove();
  host = null;
}

function dismiss(serviceName: string): void {
  dismissed = serviceName;
  removeNotice();
}

export function showNotice(view: EnforcementView): void {
  if (dismissed === view.serviceName) return;
  removeNotice();
  host = document.createElement("ai-responsibility-notice");
  const root = host.attachShadow({ mode: "open" });
  line(root, "style", STYLE);
  const box = document.createElement("div");
  box.className = view.status === "blocked" ? "n b" : "n";
  box.setAttribute("role", "alertdialog");
  box.setAttribute("aria-labelledby", "t");
  box.setAttribute("aria-describedby", "d");
  const org = view.organisationName ?? "Your organisation";
  const title = line(
    box,
    "strong",
    `${view.serviceName} is ${view.status === "blocked" ? "blocked" : "not approved"} by ${org}`,
  );
  title.id = "t";
  line(box, "p", `Deployment model: ${view.modelName}.`).id = "d";
  if (view.alternative !== null) line(box, "p", `Instead: ${view.alternative}`);
  if (view.supportContact !== null) line(box, "p", `Questions: ${view.supportContact}`);
  if (view.acceptableUsePolicyUrl !== null) {
    const link = line(box, "a", "Read the AI acceptable-use policy") as HTMLAnchorElement;
    link.href = view.acceptableUsePolicyUrl;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
  }
  const close = line(box, "button", "Dismiss") as HTMLButtonElement;
  close.type = "button";
  close.addEventListener("click", () => dismiss(view.serviceName));
  box.addEventListener("keydown", (event) => {
    if (event.key === "Escape") dismiss(view.serviceName);
  });
  root.appendChild(box);
  document.documentElement.appendChild(host);
  close.focus();
}
