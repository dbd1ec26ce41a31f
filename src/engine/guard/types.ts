/** What the paste guard reports: where a finding is and what kind it is, never its value. */

export type FindingKind = "secret" | "financial" | "personal" | "marker";

export interface Finding {
  /** Which detector matched, e.g. "aws-access-key", "card", "email-list". */
  detector: string;
  kind: FindingKind;
  /** Offsets in the scanned text: text.slice(start, end) is the finding. */
  start: number;
  end: number;
}

/** Detector groups an admin can switch off one by one. */
export const DETECTOR_GROUPS = ["secrets", "paymentCards", "ibans", "emailLists", "phoneLists"] as const;
export type DetectorGroup = (typeof DETECTOR_GROUPS)[number];

export interface ScanOptions {
  /** Groups switched off (absent or true: on). */
  detectors?: Partial<Record<DetectorGroup, boolean>>;
  /** The organisation's phrases, matched case-insensitively on word boundaries. */
  sensitiveMarkers?: readonly string[];
}
