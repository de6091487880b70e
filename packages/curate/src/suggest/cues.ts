import { REPORTING_CUES, type SpeechAct, speechActForCue } from "@dossier/core";
import { escapeRegExp, type Sentence, type Span } from "./text.js";

export interface CueFound extends Span {
  words: string;
  act: SpeechAct;
  /** "urged by X": the speaker follows the cue */
  passive: boolean;
  /** "according to X" */
  according: boolean;
}

const CUE_REGEX = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(REPORTING_CUES)
    .sort((a, b) => b.length - a.length)
    .map((c) => escapeRegExp(c).replace(/ /g, "\\s+"))
    .join("|")})(?![\\p{L}\\p{N}])`,
  "giu",
);
// cues are lowercase words: "States" in "the United States" is no cue, "According to" opening a sentence is

const BE = /\b(?:is|was|were|are|be|been|being)\s+$/i;
// a second cue starts a statement of its own only when coordinated with the first ("and vowed")
const COORDINATED = /(?:,\s*|\s)and\s+(?:also\s+)?$/i;

/**
 * The reporting cues of a sentence that head statements: the first one, and any joined to it by
 * "and". Cues inside the reported words ("what he called", "denied Washington permission") and
 * cues inside quotation marks are part of what was said, not new statements.
 */
export function findCues(text: string, sentence: Sentence, quoted: readonly Span[]): CueFound[] {
  const cues: CueFound[] = [];
  for (const m of sentence.text.matchAll(CUE_REGEX)) {
    const start = sentence.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (quoted.some((q) => q.start <= start && end <= q.end)) continue;
    const capital = m[0][0] !== m[0][0]?.toLowerCase();
    if (m[0].slice(1) !== m[0].slice(1).toLowerCase() || (capital && m.index !== 0)) continue;
    const act = speechActForCue(m[0]);
    if (!act) continue;
    const before = text.slice(sentence.start, start);
    const after = text.slice(end, end + 4);
    const passive = BE.test(before) || /^,?\s+by\s/.test(after);
    if (BE.test(before) && !/^\s+by\s/.test(after)) continue;
    if (cues.length > 0 && !COORDINATED.test(before)) continue;
    const according = m[0].toLowerCase().startsWith("according");
    cues.push({ start, end, words: m[0], act, passive, according });
  }
  return cues;
}
