import nlp from "compromise";
import type { ActorIndex } from "./actors.js";
import type { Span } from "./text.js";

export interface NameFound extends Span {
  kind: "person" | "organization" | "place";
  text: string;
  /** the known actor it names, when one matches */
  actor: string | null;
}

/**
 * Names of people, organisations and places in a text. compromise tags them with a lexicon and
 * rules and gives offsets; wink's lite English model recognises dates and numbers but not people,
 * organisations or places, so compromise is the one that helps here.
 */
export function findNames(text: string, actors: ActorIndex): NameFound[] {
  const doc = nlp(text);
  const out: NameFound[] = [];
  const groups = [
    ["person", doc.people()],
    ["organization", doc.organizations()],
    ["place", doc.places()],
  ] as const;
  for (const [kind, view] of groups) {
    for (const item of view.json({ offset: true }) as CompromiseMatch[]) {
      const span = locate(text, item);
      if (!span) continue;
      const words = text.slice(span.start, span.end);
      const known = actors.resolveName(words);
      out.push({ kind, text: words, ...span, actor: known?.actor ?? null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface CompromiseMatch {
  text: string;
  offset?: { start: number; length: number };
}

// compromise's matches carry trailing punctuation ("Tooler,") and possessives ("Iraq’s")
function locate(text: string, item: CompromiseMatch): Span | undefined {
  const start = item.offset?.start;
  if (start === undefined) return undefined;
  let end = start + (item.offset?.length ?? item.text.length);
  const trailing = /[\s,.;:!?)"”’']|’s|'s$/u;
  while (end > start && trailing.test(text.slice(end - 1, end))) end--;
  if (text.slice(end - 2, end) === "’s" || text.slice(end - 2, end) === "'s") end -= 2;
  while (end > start && /[\s,.;:’']/.test(text[end - 1] ?? "")) end--;
  return end > start ? { start, end } : undefined;
}
