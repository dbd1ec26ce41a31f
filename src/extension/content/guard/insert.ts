/**
 * Where a paste was going, and how to put text there afterwards through the editor's own path, so
 * editors that keep their own state (React, ProseMirror, Quill) see an ordinary edit.
 */

export type Editable = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

const TEXT_INPUT_TYPES = new Set(["text", "search", "email", "url", "tel", ""]);

/** The editable element an event targets (for a contenteditable, its editing host), or null. */
export function editableFrom(target: EventTarget | null): Editable | null {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type) ? target : null;
  const start = target instanceof Element ? target : target instanceof Node ? target.parentElement : null;
  if (!(start instanceof HTMLElement) || !start.isContentEditable) return null;
  let el: HTMLElement = start;
  while (el.parentElement?.isContentEditable) el = el.parentElement;
  return el;
}

const isField = (e: Editable): e is HTMLTextAreaElement | HTMLInputElement =>
  e instanceof HTMLTextAreaElement || e instanceof HTMLInputElement;

/** Remembers the selection in `editor` now, so text can go there after the dialog. */
export function saveCaret(editor: Editable): () => void {
  if (isField(editor)) {
    const start = editor.selectionStart ?? editor.value.length;
    const end = editor.selectionEnd ?? start;
    return () => {
      editor.focus({ preventScroll: true });
      editor.setSelectionRange(start, end);
    };
  }
  const selection = getSelection();
  const range = selection !== null && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return () => {
    editor.focus({ preventScroll: true });
    if (range === null) return;
    const now = getSelection();
    now?.removeAllRanges();
    now?.addRange(range);
  };
}

/** Events this script dispatches itself, so its own listeners let them pass. */
export const ownEvents = new WeakSet<Event>();

/**
 * A paste event carrying `text`, or null where the browser cannot build one: Firefox ignores
 * `clipboardData` in the constructor and takes its own `dataType` and `data` members instead.
 */
function pasteEventWith(text: string): ClipboardEvent | null {
  const data = new DataTransfer();
  data.setData("text/plain", text);
  const init = { clipboardData: data, dataType: "text/plain", data: text, bubbles: true, cancelable: true };
  const event = new ClipboardEvent("paste", { ...init, composed: true } as ClipboardEventInit);
  return event.clipboardData?.getData("text/plain") === text ? event : null;
}

/**
 * Inserts `text` at the selection. Rich editors get a paste event carrying the text (their own
 * clipboard path); where none handles it, and in plain fields, insertText does the edit as typing
 * would (undo history and input events included).
 */
export function insertText(editor: Editable, text: string): void {
  if (!isField(editor)) {
    const paste = pasteEventWith(text);
    if (paste !== null) {
      ownEvents.add(paste);
      const target = getSelection()?.anchorNode ?? editor;
      (target instanceof Element ? target : (target.parentElement ?? editor)).dispatchEvent(paste);
      if (paste.defaultPrevented) return;
    }
  }
  if (document.execCommand("insertText", false, text)) return;
  if (isField(editor)) {
    editor.setRangeText(text, editor.selectionStart ?? 0, editor.selectionEnd ?? 0, "end");
    editor.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: text }));
  }
}
