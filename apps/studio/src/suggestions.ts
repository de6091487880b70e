import {
  isRejected,
  type NameFound,
  rejectionOf,
  type StatementSuggestion,
  type Suggestions,
  suggest,
} from "@dossier/curate";
import { locate, type StudioData, statementQuotes } from "./context.js";
import type { Mark } from "./views/source-text.js";

export interface SourceView {
  text: string;
  published: string | undefined;
  marks: Mark[];
  /** suggestions not yet recorded or rejected, with their index in the engine's list */
  pending: { index: number; suggestion: StatementSuggestion }[];
  /** people, organisations and places named in the text, once each, with the actor they name */
  names: NameFound[];
}

function suggestionsOf(data: StudioData, source: string): Suggestions | undefined {
  const s = data.sources.find((x) => x.id === source);
  if (!s) return undefined;
  return suggest(s.text, {
    actors: data.actors,
    ...(s.published ? { published: s.published } : {}),
  });
}

export function suggestionsFor(data: StudioData, source: string): StatementSuggestion[] {
  return suggestionsOf(data, source)?.statements ?? [];
}

/** A source's text with its evidence marked and the suggestions not yet dealt with. */
export function sourceView(data: StudioData, source: string): SourceView | undefined {
  const s = data.sources.find((x) => x.id === source);
  if (!s) return undefined;
  const marks: Mark[] = [];
  for (const q of statementQuotes(data.statements)) {
    if (q.source !== source) continue;
    const span = locate(s.text, q.quote, q.occurrence ?? 1);
    if (span) marks.push({ ...span, record: q.record });
  }
  const recorded = (sg: StatementSuggestion) =>
    sg.evidence.some((e) =>
      marks.some(
        (m) => Math.min(m.end, e.end) - Math.max(m.start, e.start) > (e.end - e.start) / 2,
      ),
    );
  const found = suggestionsOf(data, source);
  const pending = (found?.statements ?? [])
    .map((suggestion, index) => ({ index, suggestion }))
    .filter(
      ({ suggestion }) =>
        !recorded(suggestion) &&
        !isRejected(data.rejected, rejectionOf(source, s.text, suggestion)),
    );
  const seen = new Set<string>();
  const names = (found?.names ?? []).filter((n) => !seen.has(n.text) && seen.add(n.text));
  return { text: s.text, published: s.published, marks, pending, names };
}
