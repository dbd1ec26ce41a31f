/**
 * The paste and upload guard, a content script of its own that runs only on AI services. It checks
 * text pasted or dropped into editors, and text files chosen or dropped for upload, on the device:
 * a clean paste goes through untouched; one with findings waits for the person's choice. Nothing is
 * kept or sent; the background only learns how many findings of each kind there were.
 */
import { countByDetector, createScanner, redact } from "../../../engine/guard/scan";
import { type GuardSettings, guardSettingsFor } from "../../../engine/guard/settings";
import type { Finding } from "../../../engine/guard/types";
import { send } from "../../shared/messages";
import { askAboutFindings } from "./dialog";
import { asFileList, filesToRead, replayChoice, replayDrop } from "./files";
import { type Editable, editableFrom, insertText, ownEvents, saveCaret } from "./insert";

/** Until the background answers: the default, a warning on every AI service. */
let settings: GuardSettings = guardSettingsFor(undefined, null);
let scan = createScanner();

function refreshSettings(): void {
  send("guard-settings", {})
    .then((answer) => {
      if (answer === undefined || answer === null) return;
      settings = answer;
      scan = createScanner({ detectors: answer.detectors, sensitiveMarkers: answer.sensitiveMarkers });
    })
    .catch(() => {
      // The extension was reloaded: keep the last settings.
    });
}

function report(findings: Finding[]): void {
  send("guard-counts", { counts: countByDetector(findings) }).catch(() => undefined);
}

const on = () => settings.action !== "off";
const hold = (event: Event) => {
  event.preventDefault();
  event.stopImmediatePropagation();
};

async function guardText(editor: Editable, text: string, findings: Finding[]): Promise<void> {
  const restore = saveCaret(editor);
  report(findings);
  const choice = await askAboutFindings({
    anchor: editor,
    counts: countByDetector(findings),
    subject: { kind: "text" },
    allowAnyway: settings.action === "warn",
    allowRedact: true,
  });
  restore();
  if (choice === "redact") insertText(editor, redact(text, findings));
  else if (choice === "anyway") insertText(editor, text);
}

/** Checks text on its way into an editor; true when it was held back for the dialog. */
function checkText(event: Event, data: DataTransfer | null): boolean {
  const editor = editableFrom(event.target);
  const text = data?.getData("text/plain") ?? "";
  if (editor === null || text === "") return false;
  const findings = scan(text);
  if (findings.length === 0) return false;
  hold(event);
  void guardText(editor, text, findings);
  return true;
}

interface FlaggedFile {
  file: File;
  text: string;
  findings: Finding[];
}

/** Reads the text-like files; those with findings. */
async function findingsInFiles(files: readonly File[]): Promise<FlaggedFile[]> {
  const results = await Promise.all(
    filesToRead(files, settings.maxFileBytes).map(async (file) => {
      const text = await file.text();
      return { file, text, findings: scan(text) };
    }),
  );
  return results.filter((r) => r.findings.length > 0);
}

/**
 * Asks about each file with findings. The files to hand to the page (a file the person chose to
 * send without its findings is replaced by a redacted copy), or null when nothing is attached.
 */
async function decideFiles(anchor: HTMLElement, files: File[], flagged: FlaggedFile[]): Promise<File[] | null> {
  const result = [...files];
  for (const { file, text, findings } of flagged) {
    report(findings);
    const choice = await askAboutFindings({
      anchor,
      counts: countByDetector(findings),
      subject: { kind: "file", name: file.name },
      allowAnyway: settings.action === "warn",
      allowRedact: true,
    });
    if (choice === "cancel") return null;
    if (choice === "redact") {
      result[result.indexOf(file)] = new File([redact(text, findings)], file.name, {
        type: file.type,
        lastModified: file.lastModified,
      });
    }
  }
  return result;
}

const heldInputs = new WeakSet<HTMLInputElement>();

function onFileEvent(event: Event): void {
  const input = event.target;
  if (!on() || ownEvents.has(event) || !(input instanceof HTMLInputElement) || input.type !== "file") return;
  const files = [...(input.files ?? [])];
  if (filesToRead(files, settings.maxFileBytes).length === 0) return;
  // The page learns of the choice only once the files are checked.
  event.stopImmediatePropagation();
  if (event.type === "input" || heldInputs.has(input)) return;
  heldInputs.add(input);
  void findingsInFiles(files).then(async (flagged) => {
    const decided = flagged.length === 0 ? files : await decideFiles(input, files, flagged);
    heldInputs.delete(input);
    if (decided === null) {
      input.value = "";
      return;
    }
    if (decided.some((f, i) => f !== files[i])) input.files = asFileList(decided);
    replayChoice(input);
  });
}

function onDrop(event: DragEvent): void {
  if (!on() || ownEvents.has(event) || event.dataTransfer === null) return;
  const files = [...event.dataTransfer.files];
  if (files.length === 0) {
    checkText(event, event.dataTransfer);
    return;
  }
  if (filesToRead(files, settings.maxFileBytes).length === 0) return;
  const target = event.target;
  hold(event);
  const anchor = target instanceof HTMLElement ? target : document.body;
  void findingsInFiles(files).then(async (flagged) => {
    const decided = flagged.length === 0 ? files : await decideFiles(anchor, files, flagged);
    if (decided !== null) replayDrop(target ?? document, decided, event);
  });
}

// Capture on window, registered at document_start: before the page's own handlers see the event.
addEventListener(
  "paste",
  (event) => {
    if (on() && !ownEvents.has(event)) checkText(event, event.clipboardData);
  },
  true,
);
addEventListener("drop", onDrop, true);
addEventListener("input", onFileEvent, true);
addEventListener("change", onFileEvent, true);
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "visible") refreshSettings();
});
refreshSettings();
