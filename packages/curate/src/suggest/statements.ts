import type { SpeechAct } from "@dossier/core";
import { speechAct } from "./act.js";
import type { ActorIndex } from "./actors.js";
import { findCues } from "./cues.js";
import { type DateFound, findDates } from "./dates.js";
import type { NameFound } from "./names.js";
import { guessSpeaker, type SpeakerGuess } from "./speaker.js";
import { overlap, quotedSpans, type Sentence, type Span, trimSpan } from "./text.js";

export type Quotation = "direct" | "partial" | "indirect" | "paraphrase";
export type Attribution = "named" | "unnamed" | "outlet" | "none";

export interface Quoted extends Span {
  quote: string;
}

/** A candidate statement: every field a first guess, every span exact in the text. */
export interface StatementSuggestion {
  kind: "statement";
  speaker: { name: string | null; actor: string | null } & Partial<Span>;
  quotation: Quotation;
  attribution: Attribution;
  act: SpeechAct;
  cue: string | null;
  cueSpan?: Span;
  evidence: Quoted[];
  date?: Pick<DateFound, "value" | "precision" | "partOfDay" | "words"> & Span;
  occasion?: { kind: string; quote: string } & Span;
}

const OCCASIONS: [RegExp, string][] = [
  [/\bin a (?:written )?statement\b/i, "written-statement"],
  [/\bin a tweet\b/i, "tweet"],
  [/\bin a letter\b/i, "letter"],
  [/\bat a (?:news|press) conference\b/i, "press-conference"],
  [/\bin an interview\b/i, "interview"],
  [/\bin a speech\b/i, "speech"],
  [/\b(?:parliament(?:ary)? session|session of parliament)\b/i, "parliament-session"],
];

interface Context {
  actors: ActorIndex;
  names: readonly NameFound[];
  published?: string | undefined;
}

/** The statements one sentence suggests: one per heading cue, or one for quoted words alone. */
export function sentenceStatements(
  text: string,
  sentence: Sentence,
  context: Context,
  previous: SpeakerGuess | undefined,
): { suggestions: StatementSuggestion[]; speaker: SpeakerGuess | undefined } {
  const quoted = quotedSpans(text, sentence);
  const cues = findCues(text, sentence, quoted);
  const out: StatementSuggestion[] = [];
  let last = previous;
  cues.forEach((cue, i) => {
    const next = cues[i + 1];
    const end = next
      ? text.slice(0, next.start).search(/(?:,\s*|\s)and\s+(?:also\s+)?$/)
      : sentence.end;
    const speaker =
      i > 0 && last ? last : guessSpeaker(text, sentence, cue, { ...context, previous: last });
    // an unnamed speaker breaks the chain: a later "she said" must not reach back past it
    last = speaker;
    const reported = reportedWords(text, cue, speaker, { start: cue.end, end });
    for (const words of demands(text, cue.act, reported)) {
      const quotation = quotationMode(cue, words, quoted);
      out.push({
        kind: "statement",
        speaker: speaker
          ? { name: speaker.name, actor: speaker.actor, start: speaker.start, end: speaker.end }
          : { name: null, actor: null },
        quotation,
        attribution: speaker ? "named" : "unnamed",
        act: speechAct(cue.act, text.slice(words.start, words.end)),
        cue: cue.words,
        cueSpan: { start: cue.start, end: cue.end },
        evidence: [quoteOf(text, words)],
        ...extras(text, sentence, context),
      });
    }
  });
  // quoted words with no cue: the outlet's voice, or words it gives no speaker
  if (cues.length === 0 && quoted.length > 0) {
    out.push({
      kind: "statement",
      speaker: { name: null, actor: null },
      quotation: "partial",
      attribution: "none",
      act: "assessment",
      cue: null,
      evidence: [quoteOf(text, sentence)],
      ...extras(text, sentence, context),
    });
  }
  return { suggestions: out, speaker: last };
}

/** The reported words: after the cue, past the speaker when it follows, "that" and asides. */
function reportedWords(
  text: string,
  cue: { start: number; end: number; passive: boolean },
  speaker: Span | undefined,
  clause: Span,
): Span {
  if (cue.passive) return trimSpan(text, { start: cue.start, end: speaker?.end ?? cue.end });
  let start = clause.start;
  if (speaker && speaker.start >= cue.end && speaker.end < clause.end) start = speaker.end;
  const lead = /^(?:\s*(?:[-–—][^-–—]*[-–—]|,[^,]*,))?(?:[^,"“]{0,80}?\bthat\s+)?\s*/.exec(
    text.slice(start, clause.end),
  );
  const skipped = lead?.[0] ?? "";
  // an aside such as "- in a tweet … -" belongs to the statement's occasion, not its words
  start += /that\s+$/.test(skipped) || skipped.trim() === "" ? skipped.length : 0;
  return trimSpan(text, { start, end: clause.end });
}

// "called for the closure of X, and criminalization of Y, in addition to closing Z": three demands
const LIST_BREAK = /,\s+(?:and\s+|in addition to\s+|as well as\s+)(?=[a-z])/g;

function demands(text: string, act: SpeechAct, words: Span): Span[] {
  if (act !== "call" && act !== "demand") return [words];
  const parts: Span[] = [];
  let start = words.start;
  for (const m of text.slice(words.start, words.end).matchAll(LIST_BREAK)) {
    const at = words.start + (m.index ?? 0);
    parts.push(trimSpan(text, { start, end: at }));
    start = at + m[0].length;
  }
  parts.push(trimSpan(text, { start, end: words.end }));
  return parts.filter((p) => p.end - p.start > 3);
}

function quotationMode(
  cue: { passive: boolean; according: boolean },
  words: Span,
  quoted: Span[],
): Quotation {
  const inside = quoted.reduce((n, q) => n + overlap(q, words), 0);
  const length = words.end - words.start;
  if (inside > 0) return inside >= length * 0.9 ? "direct" : "partial";
  return cue.passive || cue.according ? "paraphrase" : "indirect";
}

function extras(text: string, sentence: Sentence, context: Context) {
  const more: Pick<StatementSuggestion, "date" | "occasion"> = {};
  if (context.published) {
    const [date] = findDates(text, context.published, sentence);
    if (date)
      more.date = {
        value: date.value,
        precision: date.precision,
        words: date.words,
        start: date.start,
        end: date.end,
        ...(date.partOfDay ? { partOfDay: date.partOfDay } : {}),
      };
  }
  for (const [pattern, kind] of OCCASIONS) {
    const m = pattern.exec(sentence.text);
    if (!m) continue;
    const start = sentence.start + m.index;
    more.occasion = { kind, quote: m[0], start, end: start + m[0].length };
    break;
  }
  return more;
}

function quoteOf(text: string, span: Span): Quoted {
  return { quote: text.slice(span.start, span.end), start: span.start, end: span.end };
}
