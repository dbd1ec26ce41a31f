/** Which chosen or dropped files the guard reads: text-like ones within the size limit. */
import { describe, expect, it } from "vitest";
import { filesToRead, isTextLike } from "../../../src/extension/content/guard/files";

const file = (name: string, type = "", size = 10) => new File(["x".repeat(size)], name, { type });

describe("files the guard reads", () => {
  it("reads text, configuration, keys and source code", () => {
    for (const name of [
      ".env",
      ".env.production",
      "notes.txt",
      "data.csv",
      "config.yaml",
      "id_rsa",
      "server.key",
      "app.ts",
      "README.md",
      "Dockerfile",
    ]) {
      expect(isTextLike(file(name)), name).toBe(true);
    }
    expect(isTextLike(file("export", "text/plain"))).toBe(true);
  });

  it("leaves other types alone", () => {
    for (const name of ["report.pdf", "photo.png", "deck.pptx", "archive.zip", "sheet.xlsx"]) {
      expect(isTextLike(file(name)), name).toBe(false);
    }
  });

  it("skips text files above the size limit", () => {
    const small = file("a.txt", "", 100);
    expect(filesToRead([small, file("b.txt", "", 5000), file("c.pdf")], 1000)).toEqual([small]);
  });
});
