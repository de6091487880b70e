import type { ActorIndex, Mention } from "./actors.js";
import type { CueFound } from "./cues.js";
import type { NameFound } from "./names.js";
import type { Sentence, Span } from "./text.js";

export interface SpeakerGuess extends Span {
  /** the words the text uses for the speaker */
  name: string;
  actor: string | null;
  how: "named" | "pronoun" | "description" | "new";
}

const PREPOSITION =
  /\b(?:of|by|in|at|on|to|from|for|with|against|about|over|into|near)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?$/i;
const POSSESSIVE = /^(?:’s|'s|’)/;
const PRONOUN = /\b(he|she|they|it)\s+(?:also\s+)?$/i;
const DESCRIPTION = /\b(?:the|this)\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:also\s+)?$/i;
// an opening phrase ("In a statement,", "For his part,", "Speaking at …,") is never the speaker
const OPENING = /^(?:(?:in|on|for|at|speaking|after|before|during|with|amid)\b[^,]*,\s*)+/i;

/** Mentions that can be a clause's subject: not inside a prepositional phrase, not possessive. */
function subjects(text: string, mentions: Mention[], from: number): Mention[] {
  return mentions.filter(
    (m) =>
      !PREPOSITION.test(text.slice(Math.max(from, m.start - 30), m.start)) &&
      !POSSESSIVE.test(text.slice(m.end, m.end + 2)),
  );
}

/** Who is speaking for a cue: the subject before it, the agent after it, or the last speaker. */
export function guessSpeaker(
  text: string,
  sentence: Sentence,
  cue: CueFound,
  context: { actors: ActorIndex; names: readonly NameFound[]; previous?: SpeakerGuess | undefined },
): SpeakerGuess | undefined {
  const { actors } = context;
  if (cue.passive || cue.according) {
    const agent = /^\s*,?\s*by\s+/.exec(text.slice(cue.end, cue.end + 8))?.[0].length ?? 0;
    const after = { start: cue.end + agent, end: Math.min(sentence.end, cue.end + 80) };
    const clauseEnd = text.slice(after.start, after.end).search(/[,;]/);
    if (clauseEnd > 0) after.end = after.start + clauseEnd;
    return first(text, actors.mentions(text, after), context.names, after);
  }
  const opening = OPENING.exec(text.slice(sentence.start, cue.start))?.[0].length ?? 0;
  const before = { start: sentence.start + opening, end: cue.start };
  const lead = text.slice(before.start, before.end);
  const near = subjects(text, actors.mentions(text, before), before.start);
  // a name or alias says who more surely than a title ("the former vice president")
  const byName = near.filter((m) => m.via !== "role");
  const closest = byName[byName.length - 1] ?? near[near.length - 1];
  if (closest) return { ...span(closest), name: closest.text, actor: closest.actor, how: "named" };

  const pronoun = PRONOUN.exec(lead);
  if (pronoun?.[1] && context.previous) {
    const at = before.end - pronoun[0].length + pronoun[0].indexOf(pronoun[1]);
    return {
      start: at,
      end: at + pronoun[1].length,
      name: pronoun[1],
      actor: context.previous.actor,
      how: "pronoun",
    };
  }
  const description = DESCRIPTION.exec(lead);
  if (description?.[1]) {
    const head = description[1].split(/\s+/).pop() as string;
    const earlier = actors.mentions(text, { start: 0, end: sentence.start }).reverse();
    const match = earlier.find((m) =>
      actors.names(m.actor).some((n) => new RegExp(`\\b${head}\\b`, "i").test(n)),
    );
    const at = before.end - description[0].trimEnd().length;
    const words = description[0].trim();
    if (match)
      return {
        start: at,
        end: at + words.length,
        name: words,
        actor: match.actor,
        how: "description",
      };
  }
  const named = context.names.filter(
    (n) => n.start >= before.start && n.end <= before.end && n.kind !== "place",
  );
  const last = named[named.length - 1];
  if (last)
    return { ...span(last), name: last.text, actor: last.actor, how: last.actor ? "named" : "new" };

  // "considered the leader of the Sadrist movement Muqtada al-Sadr …": the subject after the verb
  if (lead.trim() === "") {
    const after = { start: cue.end, end: Math.min(sentence.end, cue.end + 80) };
    return first(text, actors.mentions(text, after), context.names, after);
  }
  return undefined;
}

function first(text: string, mentions: Mention[], names: readonly NameFound[], within: Span) {
  const m = subjects(text, mentions, within.start)[0];
  if (m) return { ...span(m), name: m.text, actor: m.actor, how: "named" as const };
  const n = names.find((x) => x.start >= within.start && x.end <= within.end && x.kind !== "place");
  if (n)
    return {
      ...span(n),
      name: n.text,
      actor: n.actor,
      how: n.actor ? ("named" as const) : ("new" as const),
    };
  return undefined;
}

function span(s: Span): Span {
  return { start: s.start, end: s.end };
}
