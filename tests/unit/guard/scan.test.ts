/** The engine's contract beyond the corpus: offsets, redaction, overlaps, switches, speed-sensitive inputs. */
import { describe, expect, it } from "vitest";
import { countByDetector, redact, scanText } from "../../../src/engine/guard";
import { cardNumber } from "./corpus";

const KEY = ["AKIA", "Q3EGRTZ7PLWX4MNB"].join("");

describe("scanText and redact", () => {
  it("gives offsets that cover exactly the value, and a finding carries no value", () => {
    const text = `a ${KEY} b`;
    const [finding] = scanText(text);
    expect(finding).toEqual({ detector: "aws-access-key", kind: "secret", start: 2, end: 22 });
    expect(text.slice(finding?.start, finding?.end)).toBe(KEY);
    expect(JSON.stringify(scanText(text))).not.toContain(KEY);
  });

  it("replaces each finding by its typed placeholder and keeps the rest", () => {
    const card = cardNumber("4", 16);
    const text = `key ${KEY}, card ${card}, IBAN DE89 3704 0044 0532 0130 00.`;
    const findings = scanText(text);
    expect(redact(text, findings)).toBe("key [AWS access key], card [card number], IBAN [IBAN].");
    expect(countByDetector(findings)).toEqual({ "aws-access-key": 1, card: 1, iban: 1 });
  });

  it("switches a detector group off", () => {
    const text = `key ${KEY} card ${cardNumber("4", 16)}`;
    expect(scanText(text, { detectors: { secrets: false } }).map((f) => f.detector)).toEqual(["card"]);
    expect(scanText(text, { detectors: { paymentCards: false } }).map((f) => f.detector)).toEqual(["aws-access-key"]);
  });

  it("reports overlapping findings once", () => {
    const text = `Contoso Confidential ${KEY}`;
    const findings = scanText(text, { sensitiveMarkers: ["Contoso Confidential", "Confidential"] });
    expect(findings.map((f) => f.detector)).toEqual(["marker", "aws-access-key"]);
  });

  it("finds a key hidden next to a data URI but not inside it", () => {
    const image = `data:image/png;base64,iVBOR/${KEY}/w0KGgo=`;
    expect(scanText(image)).toEqual([]);
    expect(scanText(`${image} ${KEY}`).map((f) => f.detector)).toEqual(["aws-access-key"]);
  });
});
