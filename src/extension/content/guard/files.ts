/**
 * Files chosen or dropped for upload: which ones the guard reads (text-like, up to the size limit),
 * and how a held-back choice or drop is handed to the page once the person decides.
 */
import { ownEvents } from "./insert";

const TEXT_EXTENSIONS = new Set(
  (
    "txt text csv tsv json jsonl ndjson env pem key crt cer yaml yml md markdown log xml ini toml conf cfg properties " +
    "sql sh bash zsh ps1 bat py ipynb js mjs cjs ts tsx jsx java kt kts go rs rb php c h cc cpp hpp cs swift scala r " +
    "pl lua dart vue svelte html htm css scss less tf tfvars hcl gradle npmrc netrc pgpass"
  ).split(" "),
);
const TEXT_NAMES = /^(?:\.env(?:\..+)?|dockerfile|makefile|id_[a-z0-9]+|\.npmrc|\.netrc|\.pgpass|credentials)$/i;

export function isTextLike(file: File): boolean {
  const name = file.name.toLowerCase();
  const dot = name.lastIndexOf(".");
  if (TEXT_NAMES.test(name)) return true;
  if (dot >= 0 && TEXT_EXTENSIONS.has(name.slice(dot + 1))) return true;
  return file.type.startsWith("text/") || file.type === "application/json" || file.type === "application/x-pem-file";
}

/** The files the guard reads: text-like and within the size limit. */
export function filesToRead(files: readonly File[], maxBytes: number): File[] {
  return files.filter((f) => f.size <= maxBytes && isTextLike(f));
}

export function asFileList(files: readonly File[]): FileList {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data.files;
}

/** Hands a held-back file choice to the page: the events it would have had. */
export function replayChoice(input: HTMLInputElement): void {
  for (const type of ["input", "change"]) {
    const event = new Event(type, { bubbles: true });
    ownEvents.add(event);
    input.dispatchEvent(event);
  }
}

/** Hands a held-back drop to the page with the same files, where it was dropped. */
export function replayDrop(target: EventTarget, files: readonly File[], original: DragEvent): void {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  const event = new DragEvent("drop", {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: original.clientX,
    clientY: original.clientY,
    dataTransfer: data,
  });
  ownEvents.add(event);
  target.dispatchEvent(event);
}
