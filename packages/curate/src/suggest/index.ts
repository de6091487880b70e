import { ActorIndex, type ActorNames } from "./actors.js";
import { type DateFound, findDates } from "./dates.js";
import { findNames, type NameFound } from "./names.js";
import type { SpeakerGuess } from "./speaker.js";
import { type StatementSuggestion, sentenceStatements } from "./statements.js";
import { sentences } from "./text.js";

export { ActorIndex, type ActorNames, type Mention } from "./actors.js";
export type { DateFound } from "./dates.js";
export { nameSimilarity } from "./fuzzy-name.js";
export type { NameFound } from "./names.js";
export type { Attribution, Quotation, StatementSuggestion } from "./statements.js";
export type { Span } from "./text.js";

export interface SuggestOptions {
  /** the known actors, to name speakers */
  actors?: readonly ActorNames[];
  /** the publication date (YYYY-MM-DD) that relative dates are resolved against */
  published?: string;
}

export interface Suggestions {
  statements: StatementSuggestion[];
  dates: DateFound[];
  names: NameFound[];
}

/** Everything the engine can suggest from a source text: statements, dates and names. */
export function suggest(text: string, options: SuggestOptions = {}): Suggestions {
  const actors = new ActorIndex(options.actors ?? []);
  const names = findNames(text, actors);
  const context = { actors, names, published: options.published };
  const statements: StatementSuggestion[] = [];
  let previous: SpeakerGuess | undefined;
  for (const sentence of sentences(text)) {
    const found = sentenceStatements(text, sentence, context, previous);
    statements.push(...found.suggestions);
    previous = found.speaker;
  }
  const dates = options.published ? findDates(text, options.published) : [];
  return { statements, dates, names };
}
