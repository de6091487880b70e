import type { Actor } from "../schemas/actor.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Discrepancy } from "../schemas/discrepancy.js";
import { sourceSides } from "../schemas/discrepancy.js";
import type { NewsEvent } from "../schemas/event.js";
import type { Framing } from "../schemas/framing.js";
import type { Statement } from "../schemas/statement.js";
import type { Story } from "../schemas/story.js";
import { compareDates } from "./dates.js";

/** Lists of records by a key, each list in the dataset's chronology. */
type By<T> = ReadonlyMap<string, readonly T[]>;

/**
 * The dataset's records by story, actor, source and the event they are about, built once per
 * dataset and kept, so a filter starts from the few records that can match instead of scanning
 * every record on every call.
 */
export interface RecordIndex {
  events: readonly NewsEvent[];
  statements: readonly Statement[];
  eventsBy: { story: By<NewsEvent>; actor: By<NewsEvent>; source: By<NewsEvent> };
  statementsBy: {
    story: By<Statement>;
    speaker: By<Statement>;
    actor: By<Statement>;
    source: By<Statement>;
    about: By<Statement>;
  };
  storiesOfSource: By<Story>;
  framingsOfSource: By<Framing>;
  discrepanciesOfSource: By<Discrepancy>;
  members: By<Actor>;
}

const INDEXES = new WeakMap<Dataset, RecordIndex>();

function group<T>(records: readonly T[], keys: (record: T) => Iterable<string | null>): By<T> {
  const out = new Map<string, T[]>();
  for (const record of records) {
    for (const key of new Set(keys(record))) {
      if (key === null) continue;
      const list = out.get(key);
      if (list) list.push(record);
      else out.set(key, [record]);
    }
  }
  return out;
}

export function recordIndex(ds: Dataset): RecordIndex {
  const known = INDEXES.get(ds);
  if (known) return known;
  // sorted once: every list grouped from these stays in date order, so filters never sort
  const events = [...ds.events].sort((a, b) => compareDates(a.date, b.date));
  const statements = [...ds.statements].sort((a, b) => compareDates(a.date, b.date));
  const sourcesOf = (r: { attestations: readonly { source: string }[] }) =>
    r.attestations.map((a) => a.source);
  const index: RecordIndex = {
    events,
    statements,
    eventsBy: {
      story: group(events, (e) => [e.story]),
      actor: group(events, (e) => e.participants.map((p) => p.actor)),
      source: group(events, sourcesOf),
    },
    statementsBy: {
      story: group(statements, (s) => [s.story]),
      speaker: group(statements, (s) => [s.speaker]),
      actor: group(statements, (s) => [s.speaker, ...s.targets, ...s.addressees, ...s.mentions]),
      source: group(statements, sourcesOf),
      about: group(statements, (s) => s.about),
    },
    storiesOfSource: group(ds.stories, (st) => st.sources),
    framingsOfSource: group(ds.framings, (f) => f.terms.map((t) => t.source)),
    discrepanciesOfSource: group(ds.discrepancies, (d) => sourceSides(d).map((s) => s.source)),
    members: group(ds.actors, (a) => a.memberOf),
  };
  INDEXES.set(ds, index);
  return index;
}

/** The shortest of the lists a filter's keys select (each key narrows), or all records. */
export function narrowest<T>(all: readonly T[], lists: (readonly T[] | undefined | null)[]) {
  let best = all;
  for (const list of lists) {
    if (list === null) continue;
    const chosen = list ?? [];
    if (chosen.length < best.length) best = chosen;
  }
  return best;
}
