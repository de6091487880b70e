import { nameSimilarity } from "./fuzzy-name.js";
import { escapeRegExp, type Span } from "./text.js";

/** What suggestions need of an actor: its names as the data has them. */
export interface ActorNames {
  id: string;
  name: string;
  kind?: string;
  aliases?: readonly { name: string }[];
  roles?: readonly { title: string }[];
}

export interface Mention extends Span {
  actor: string;
  /** the words as the text has them */
  text: string;
  via: "name" | "alias" | "role" | "similar";
}

interface Pattern {
  actor: string;
  words: string;
  via: Mention["via"];
}

// pronoun aliases ("She" for a ministry, a translation's slip) are resolved from context instead
const PRONOUNS = new Set(["he", "she", "it", "they", "him", "her", "them"]);

/** Finds known actors in a text by their names, aliases and titles. */
export class ActorIndex {
  readonly actors: readonly ActorNames[];
  private readonly patterns: Pattern[];
  private readonly regex: RegExp | undefined;

  constructor(actors: readonly ActorNames[]) {
    this.actors = actors;
    const patterns: Pattern[] = [];
    for (const a of actors) {
      patterns.push({ actor: a.id, words: a.name, via: "name" });
      for (const alias of a.aliases ?? [])
        patterns.push({ actor: a.id, words: alias.name, via: "alias" });
      // one-word titles ("head", "leader") name too many people to pick one out
      for (const role of a.roles ?? []) {
        const title = role.title.replace(/^(former|deputy)\s+/i, "");
        if (title.includes(" ")) patterns.push({ actor: a.id, words: role.title, via: "role" });
      }
    }
    this.patterns = patterns
      .map((p) => ({ ...p, words: p.words.replace(/^the\s+/i, "").trim() }))
      .filter((p) => p.words.length > 1 && !PRONOUNS.has(p.words.toLowerCase()));
    const alternatives = [...new Set(this.patterns.map((p) => p.words))]
      .sort((a, b) => b.length - a.length)
      .map(casePattern);
    this.regex = alternatives.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu")
      : undefined;
  }

  /** Known actors named in `span` of the text, longest names first where two overlap. */
  mentions(text: string, span: Span = { start: 0, end: text.length }): Mention[] {
    if (!this.regex) return [];
    const out: Mention[] = [];
    const slice = text.slice(span.start, span.end);
    for (const m of slice.matchAll(this.regex)) {
      const words = m[0];
      const pattern = this.bestPattern(words);
      if (!pattern) continue;
      const start = span.start + (m.index ?? 0);
      out.push({
        actor: pattern.actor,
        text: words,
        via: pattern.via,
        start,
        end: start + words.length,
      });
    }
    return out;
  }

  /** The known actor a name found in a text most likely stands for, spelling slips allowed. */
  resolveName(name: string): { actor: string; score: number } | undefined {
    let best: { actor: string; score: number } | undefined;
    for (const p of this.patterns) {
      if (p.via === "role") continue;
      const score = nameSimilarity(name, p.words);
      if (score >= 0.5 && (!best || score > best.score)) best = { actor: p.actor, score };
    }
    return best;
  }

  names(actor: string): string[] {
    return this.patterns.filter((p) => p.actor === actor).map((p) => p.words);
  }

  private bestPattern(words: string): Pattern | undefined {
    const lower = words.toLowerCase();
    const rank = { name: 0, alias: 1, role: 2, similar: 3 } as const;
    return this.patterns
      .filter((p) => p.words.toLowerCase() === lower && sameCase(p.words, words))
      .sort((a, b) => rank[a.via] - rank[b.via])[0];
  }
}

// the first letter may change case ("The"/"the"); the rest must not ("IS" is no "is")
function casePattern(words: string): string {
  const first = words[0] ?? "";
  const rest = escapeRegExp(words.slice(1));
  return first.toLowerCase() === first.toUpperCase()
    ? escapeRegExp(first) + rest
    : `[${first.toLowerCase()}${first.toUpperCase()}]${rest}`;
}

function sameCase(pattern: string, found: string): boolean {
  return pattern.slice(1) === found.slice(1);
}
