/**
 * A chat-like test page for the paste guard: a textarea, a contenteditable editor, a file input and
 * a drop zone. The page lists the files it received, as a chat service would attach them.
 */
import type { Route } from "./server";

export const EDITOR_PATH = "/guard-test";

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Editor test</title>
<style>body{font:16px system-ui;margin:24px}textarea,#ce,#pm{display:block;width:600px;min-height:60px;margin:12px 0;border:1px solid #888;padding:6px}
#drop{width:600px;height:60px;border:2px dashed #888;margin:12px 0}</style></head><body>
<h1>Ask anything</h1>
<label for="ta">Prompt</label><textarea id="ta"></textarea>
<div id="ce" contenteditable="true" role="textbox" aria-label="Rich prompt"></div>
<div id="pm" contenteditable="true" role="textbox" aria-label="Model editor"></div>
<label for="file">Attach</label><input id="file" type="file" multiple>
<div id="drop">Drop files here</div>
<ul id="attached"></ul>
<script>
// Like ProseMirror or Quill: the editor handles paste itself and renders from its own model.
window.pmModel = "";
const pm = document.getElementById("pm");
pm.addEventListener("paste", (e) => {
  e.preventDefault();
  window.pmModel += e.clipboardData.getData("text/plain");
  pm.textContent = window.pmModel;
});
const attached = document.getElementById("attached");
const add = (files) => { for (const f of files) { const li = document.createElement("li"); li.textContent = f.name; attached.append(li); f.text().then((t) => { window.lastText = t; }); } };
document.getElementById("file").addEventListener("change", (e) => add(e.target.files));
const drop = document.getElementById("drop");
drop.addEventListener("dragover", (e) => e.preventDefault());
drop.addEventListener("drop", (e) => { e.preventDefault(); add(e.dataTransfer.files); });
</script></body></html>`;

export const editorRoute: Route = (req, res) => {
  if (!req.url?.startsWith(EDITOR_PATH)) return false;
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
  return true;
};
