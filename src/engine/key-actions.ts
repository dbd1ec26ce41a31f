import type { LineOrigin, Responsibility, ResponsibilityLine } from "./responsibilities";

const ORIGIN_RANK: Record<LineOrigin, number> = { service: 0, category: 1, model: 2 };

/** A Don't line as an instruction on its own: "Paste secrets" becomes "Don't paste secrets". */
export function dontSentence(text: string): string {
  const keepCase = text.length > 1 && text[1] === text[1]?.toUpperCase();
  return `Don't ${keepCase ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
}

interface Candidate {
  line: ResponsibilityLine;
  sentence: string;
  dont: boolean;
  order: number;
}

/**
 * The lines that matter most for the person at the keyboard: highest weight first; ties go to the
 * most specific source (service, then category, then model), then Don't before Do (the sharper
 * rule), then the framework's domain order.
 */
export function keyActions(responsibilities: readonly Responsibility[], count = 3): string[] {
  const candidates: Candidate[] = [];
  let order = 0;
  for (const item of responsibilities) {
    for (const line of item.dont)
      candidates.push({ line, sentence: dontSentence(line.text), dont: true, order: order++ });
    for (const line of item.do) candidates.push({ line, sentence: line.text, dont: false, order: order++ });
  }
  return candidates
    .filter((c) => c.line.for === "you")
    .sort(
      (a, b) =>
        b.line.weight - a.line.weight ||
        ORIGIN_RANK[a.line.from] - ORIGIN_RANK[b.line.from] ||
        Number(b.dont) - Number(a.dont) ||
        a.order - b.order,
    )
    .slice(0, count)
    .map((c) => c.sentence);
}
