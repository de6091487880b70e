import type { EventType, SpeechAct } from "@dossier/core";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query-string parameter, trimmed; empty means absent. */
export function param(sp: SearchParams, name: string): string | undefined {
  const raw = sp[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

/** Every value of a parameter, whether repeated (?type=a&type=b) or comma-joined (?type=a,b). */
export function paramList(sp: SearchParams, name: string): string[] {
  const raw = sp[name];
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return [
    ...new Set(
      values
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

export interface TimelineQuery {
  kinds: ("event" | "statement")[];
  type: EventType[];
  act: SpeechAct[];
  actor?: string;
  speaker?: string;
}

export interface TimelineVocabulary {
  types: readonly string[];
  acts: readonly string[];
  actors: readonly string[];
}

/** Reads the timeline's filters from the query string, dropping anything the dataset does not know. */
export function parseTimelineQuery(sp: SearchParams, vocab: TimelineVocabulary): TimelineQuery {
  const show = param(sp, "show");
  const speaker = param(sp, "speaker");
  const actor = param(sp, "actor");
  const query: TimelineQuery = {
    kinds:
      show === "events"
        ? ["event"]
        : show === "statements" || (speaker && vocab.actors.includes(speaker))
          ? ["statement"]
          : [],
    type: paramList(sp, "type").filter((t): t is EventType => vocab.types.includes(t)),
    act: paramList(sp, "act").filter((a): a is SpeechAct => vocab.acts.includes(a)),
  };
  if (actor && vocab.actors.includes(actor)) query.actor = actor;
  if (speaker && vocab.actors.includes(speaker)) query.speaker = speaker;
  return query;
}

/** How the timeline chart groups its rows: by kind of record (the default), or by speaker. */
export function parseChartGroup(sp: SearchParams): "kind" | "speaker" {
  return param(sp, "group") === "speaker" ? "speaker" : "kind";
}

/** The query string for a timeline filter, so links and the form agree. */
export function timelineQueryString(q: Partial<TimelineQuery>): string {
  const sp = new URLSearchParams();
  const kinds = q.kinds ?? [];
  if (kinds.length === 1) sp.set("show", kinds[0] === "event" ? "events" : "statements");
  for (const t of q.type ?? []) sp.append("type", t);
  for (const a of q.act ?? []) sp.append("act", a);
  if (q.actor) sp.set("actor", q.actor);
  if (q.speaker) sp.set("speaker", q.speaker);
  const s = sp.toString();
  return s ? `?${s}` : "";
}

/** True when the query narrows the timeline at all. */
export function isFiltered(q: TimelineQuery): boolean {
  return (
    q.kinds.length > 0 || q.type.length > 0 || q.act.length > 0 || Boolean(q.actor || q.speaker)
  );
}

/**
 * The sources to compare, in the order asked: any number of the story's sources as ?s=x&s=y (the
 * selector's checkboxes), or the older two-column ?a=x&b=y; with neither, every source of the story.
 */
export function parseCompareQuery(
  sp: SearchParams,
  storySources: readonly string[],
): string[] | null {
  if (storySources.length < 2) return null;
  const chosen = paramList(sp, "s").filter((s) => storySources.includes(s));
  if (chosen.length >= 2) return chosen;
  const a = param(sp, "a");
  const b = param(sp, "b");
  if (!a && !b) return [...storySources];
  const first = a && storySources.includes(a) ? a : (storySources[0] as string);
  const fallback = storySources.find((s) => s !== first) as string;
  const second = b && storySources.includes(b) && b !== first ? b : fallback;
  return [first, second];
}

/** The address of a comparison, so links and the selector agree. */
export function compareHref(storyId: string, sources: readonly string[]): string {
  const sp = new URLSearchParams(sources.map((s) => ["s", s]));
  return `/stories/${storyId}/compare?${sp}`;
}

export const MAX_QUERY_LENGTH = 200;

/** The search words from ?q=, bounded so a pasted essay cannot stall the page. */
export function parseSearchQuery(sp: SearchParams): string {
  return (param(sp, "q") ?? "").replace(/\s+/g, " ").slice(0, MAX_QUERY_LENGTH);
}
