import type { Dataset } from "../schemas/dataset.js";
import type { Factuality, NewsEvent } from "../schemas/event.js";
import type { SpeechAct } from "../schemas/speech-acts.js";
import type { Attribution, Quotation, Statement } from "../schemas/statement.js";
import type { EventType } from "../schemas/taxonomy.js";
import type { TimelineEntry } from "../schemas/views.js";
import { compareDates, dateOverlaps } from "./dates.js";
import { attestingSources, recordEvidence } from "./evidence.js";
import { narrowest, recordIndex } from "./indexes.js";
import { getActor } from "./lookup.js";
import { foldedOnce, matchesFolded, queryWords } from "./text.js";

export interface EventFilter {
  story?: string;
  type?: readonly EventType[];
  /** any participant */
  actor?: string;
  /** events this source reports */
  source?: string;
  /** events some source reports as this (happened, claimed, planned, ...) */
  factuality?: readonly Factuality[];
  /** ISO date; a partial date matches when its interval overlaps [from, to] */
  from?: string;
  to?: string;
  /** every word must begin a word of the title, summary, quotes or participants' names */
  text?: string;
}

export interface StatementFilter {
  story?: string;
  speaker?: string;
  /** the speaker, an addressee, a target or an actor mentioned */
  actor?: string;
  act?: readonly SpeechAct[];
  /** statements some source renders this way (direct, partial, indirect, paraphrase) */
  quotation?: readonly Quotation[];
  /** statements some source attributes this way (named, unnamed, outlet, none) */
  attribution?: readonly Attribution[];
  /** statements about this event */
  about?: string;
  source?: string;
  from?: string;
  to?: string;
  text?: string;
}

export interface TimelineFilter {
  story?: string;
  kinds?: readonly ("event" | "statement")[];
  type?: readonly EventType[];
  act?: readonly SpeechAct[];
  /** any participant or party to a statement */
  actor?: string;
  /** only what this actor said (no events) */
  speaker?: string;
  source?: string;
  from?: string;
  to?: string;
  text?: string;
}

const names = (ds: Dataset, ids: readonly (string | null)[]) =>
  ids.map((id) => (id ? (getActor(ds, id)?.name ?? "") : "")).join(" ");

function eventHaystack(ds: Dataset, e: NewsEvent): string {
  return foldedOnce(e, () =>
    [
      e.title,
      e.summary,
      ...recordEvidence(e).map((x) => x.quote),
      names(
        ds,
        e.participants.map((p) => p.actor),
      ),
    ].join(" "),
  );
}

function statementHaystack(ds: Dataset, s: Statement): string {
  return foldedOnce(s, () =>
    [
      s.gist,
      ...recordEvidence(s).map((x) => x.quote),
      names(ds, [s.speaker, ...s.targets, ...s.addressees, ...s.mentions]),
    ].join(" "),
  );
}

/** The list an index gives for a key, or null when the filter does not set that key. */
const by = <T>(map: ReadonlyMap<string, readonly T[]>, key: string | undefined) =>
  key ? map.get(key) : null;

/**
 * Whether the index's list is the answer: at most one indexed key set, and nothing else to check.
 * Membership of an index's list is that key's test, so its records need no check each, which was
 * most of what a new list of a speaker's statements cost in core at 1,000 stories.
 */
const answeredByIndex = (indexed: (string | undefined)[], rest: unknown[]) =>
  indexed.filter(Boolean).length <= 1 &&
  rest.every((v) => !v || (Array.isArray(v) && v.length === 0));

export function filterEvents(ds: Dataset, f: EventFilter = {}): NewsEvent[] {
  const index = recordIndex(ds);
  const words = f.text ? queryWords(f.text) : [];
  const candidates = narrowest(index.events, [
    by(index.eventsBy.story, f.story),
    by(index.eventsBy.actor, f.actor),
    by(index.eventsBy.source, f.source),
  ]);
  // a list of its own either way: callers may sort or reverse it
  if (answeredByIndex([f.story, f.actor, f.source], [f.type, f.factuality, f.from, f.to, words]))
    return candidates.slice();
  return candidates.filter(
    (e) =>
      (!f.story || e.story === f.story) &&
      (!f.type?.length || f.type.includes(e.type)) &&
      (!f.actor || e.participants.some((p) => p.actor === f.actor)) &&
      (!f.source || attestingSources(e).includes(f.source)) &&
      (!f.factuality?.length || e.attestations.some((a) => f.factuality?.includes(a.factuality))) &&
      dateOverlaps(e.date, f.from, f.to) &&
      (words.length === 0 || matchesFolded(eventHaystack(ds, e), words)),
  );
}

export function filterStatements(ds: Dataset, f: StatementFilter = {}): Statement[] {
  const index = recordIndex(ds);
  const words = f.text ? queryWords(f.text) : [];
  const candidates = narrowest(index.statements, [
    by(index.statementsBy.story, f.story),
    by(index.statementsBy.speaker, f.speaker),
    by(index.statementsBy.actor, f.actor),
    by(index.statementsBy.source, f.source),
    by(index.statementsBy.about, f.about),
  ]);
  if (
    answeredByIndex(
      [f.story, f.speaker, f.actor, f.source, f.about],
      [f.act, f.quotation, f.attribution, f.from, f.to, words],
    )
  )
    return candidates.slice();
  return candidates.filter(
    (s) =>
      (!f.story || s.story === f.story) &&
      (!f.speaker || s.speaker === f.speaker) &&
      (!f.actor ||
        s.speaker === f.actor ||
        s.targets.includes(f.actor) ||
        s.addressees.includes(f.actor) ||
        s.mentions.includes(f.actor)) &&
      (!f.act?.length || f.act.includes(s.act)) &&
      (!f.quotation?.length || s.attestations.some((a) => f.quotation?.includes(a.quotation))) &&
      (!f.attribution?.length ||
        s.attestations.some((a) => f.attribution?.includes(a.attribution))) &&
      (!f.about || s.about.includes(f.about)) &&
      (!f.source || attestingSources(s).includes(f.source)) &&
      dateOverlaps(s.date, f.from, f.to) &&
      (words.length === 0 || matchesFolded(statementHaystack(ds, s), words)),
  );
}

/**
 * Events and statements in the dataset's chronology: by earliest possible date, a record anchored
 * after another always after it, and on the same date events before what was said of them.
 */
export function timeline(ds: Dataset, f: TimelineFilter = {}): TimelineEntry[] {
  const kinds = f.kinds?.length ? f.kinds : ["event", "statement"];
  const common = { ...pick(f, ["story", "actor", "source", "from", "to", "text"]) };
  let events: NewsEvent[] = [];
  let statements: Statement[] = [];
  if (kinds.includes("event") && !f.act?.length && !f.speaker)
    events = filterEvents(ds, { ...common, ...(f.type ? { type: f.type } : {}) });
  if (kinds.includes("statement") && !f.type?.length) {
    const only = { ...(f.act ? { act: f.act } : {}), ...(f.speaker ? { speaker: f.speaker } : {}) };
    statements = filterStatements(ds, { ...common, ...only });
  }
  // both lists come in the chronology already: merge them (on a tie, the event first), never sort
  const entries: TimelineEntry[] = [];
  let e = 0;
  let s = 0;
  while (e < events.length || s < statements.length) {
    const event = events[e];
    const statement = statements[s];
    if (event && (!statement || compareDates(statement.date, event.date) >= 0)) {
      entries.push({ kind: "event", record: event });
      e++;
    } else if (statement) {
      entries.push({ kind: "statement", record: statement });
      s++;
    }
  }
  return entries;
}

function pick<T extends object, K extends keyof T>(obj: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}
