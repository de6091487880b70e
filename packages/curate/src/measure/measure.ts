import type { StatementSuggestion } from "../suggest/statements.js";
import { overlap, type Span } from "../suggest/text.js";
import type { GoldSpan } from "./gold.js";

export interface Measure {
  gold: number;
  suggested: number;
  found: number;
  rightSpeaker: number;
  rightAct: number;
  rightQuotation: number;
  rightAttribution: number;
  correct: number;
  recall: number;
  speakerAccuracy: number;
  actAccuracy: number;
  quotationAccuracy: number;
  attributionAccuracy: number;
  precision: number;
}

export type SourcedSuggestion = StatementSuggestion & { source: string };

function spanOf(s: StatementSuggestion): Span {
  const starts = s.evidence.map((e) => e.start);
  const ends = s.evidence.map((e) => e.end);
  return { start: Math.min(...starts), end: Math.max(...ends) };
}

/**
 * Scores suggestions against curated evidence. A curated span is found when one suggestion covers
 * at least half of it (the curator is pointed at the right words); a suggestion is correct when it
 * and some curated span share at least half of the shorter of the two. Speaker and act accuracy
 * are over the spans found, taking the suggestion that covers each best.
 */
export function measure(
  gold: readonly GoldSpan[],
  suggestions: readonly SourcedSuggestion[],
): Measure {
  let found = 0;
  let rightSpeaker = 0;
  let rightAct = 0;
  let rightQuotation = 0;
  let rightAttribution = 0;
  for (const g of gold) {
    let best: { s: SourcedSuggestion; covered: number } | undefined;
    for (const s of suggestions) {
      if (s.source !== g.source) continue;
      const covered = overlap(spanOf(s), g);
      if (!best || covered > best.covered) best = { s, covered };
    }
    if (!best || best.covered < (g.end - g.start) / 2) continue;
    found++;
    if (best.s.speaker.actor === g.speaker) rightSpeaker++;
    if (best.s.act === g.act) rightAct++;
    if (best.s.quotation === g.quotation) rightQuotation++;
    if (best.s.attribution === g.attribution) rightAttribution++;
  }
  const correct = suggestions.filter((s) => {
    const span = spanOf(s);
    return gold.some((g) => {
      const shorter = Math.min(g.end - g.start, span.end - span.start);
      return g.source === s.source && overlap(span, g) >= shorter / 2;
    });
  }).length;
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    gold: gold.length,
    suggested: suggestions.length,
    found,
    rightSpeaker,
    rightAct,
    rightQuotation,
    rightAttribution,
    correct,
    recall: ratio(found, gold.length),
    speakerAccuracy: ratio(rightSpeaker, found),
    actAccuracy: ratio(rightAct, found),
    quotationAccuracy: ratio(rightQuotation, found),
    attributionAccuracy: ratio(rightAttribution, found),
    precision: ratio(correct, suggestions.length),
  };
}
