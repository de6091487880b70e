import edtf from "edtf";
import type { PartialDate, PartialDateInput } from "../schemas/partial-date.js";
import type { DataError } from "./errors.js";
import { errorAt, type YamlFile } from "./yaml-file.js";

/** A dated record as compiled so far: its input date, and where it was written. */
export interface Dated {
  id: string;
  /** on the same dates, events come before what was said of them */
  kind: "event" | "statement";
  date: PartialDateInput;
  yaml: YamlFile;
  path: (string | number)[];
}

interface Bounds {
  earliest: string;
  latest: string;
}

const PERIOD_DAYS = { early: [1, 10], mid: [11, 20], late: [21, 31] } as const;
const PERIOD_MONTHS = { early: [1, 4], mid: [5, 8], late: [9, 12] } as const;

const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day (or the instant, for a time) a date's own value allows. */
export function ownBounds(date: PartialDateInput): Bounds {
  const [y = 0, m = 1] = date.value.split(/[-T]/).map(Number);
  if (date.precision === "time" || date.precision === "day")
    return { earliest: date.value, latest: date.value };
  if (date.precision === "month") {
    const [from, to] = date.periodPart ? PERIOD_DAYS[date.periodPart] : [1, 31];
    const last = Math.min(to, daysIn(y, m));
    return { earliest: `${date.value}-${pad(from)}`, latest: `${date.value}-${pad(last)}` };
  }
  const [from, to] = date.periodPart ? PERIOD_MONTHS[date.periodPart] : [1, 12];
  return { earliest: `${y}-${pad(from)}-01`, latest: `${y}-${pad(to)}-${pad(daysIn(y, to))}` };
}

const day = (iso: string) => iso.slice(0, 10);

/** The date in EDTF: its value where the anchors and period part leave it whole, else an interval. */
export function edtfOf(date: PartialDateInput, bounds: Bounds): string {
  const mark = date.approximate ? "~" : "";
  const own = ownBounds(date);
  const whole =
    !date.periodPart && own.earliest === bounds.earliest && own.latest === bounds.latest;
  const text = whole
    ? `${date.value}${mark}`
    : bounds.earliest === bounds.latest
      ? `${bounds.earliest}${mark}`
      : `${day(bounds.earliest)}${mark}/${day(bounds.latest)}${mark}`;
  edtf(text); // throws if the build ever made a string the standard does not allow
  return text;
}

/**
 * Bounds every dated record by its own value and its anchors (after/before another record or a
 * date), and orders them all: by earliest possible date, never a record before one it is anchored
 * after. Reports anchors to missing records, cycles, and anchors that leave no possible date.
 */
export function resolveChronology(
  records: readonly Dated[],
  errors: DataError[],
): Map<string, Omit<PartialDate, "resolution"> & Pick<PartialDateInput, "resolution">> {
  const byId = new Map(records.map((r) => [r.id, r]));
  const bounds = new Map<string, Bounds>();
  const state = new Map<string, "visiting" | "done">();

  const boundsOf = (record: Dated): Bounds => {
    const known = bounds.get(record.id);
    if (known) return known;
    if (state.get(record.id) === "visiting") {
      errors.push(
        errorAt(
          record.yaml,
          [...record.path, "date"],
          "invalid-date",
          `the date anchors of "${record.id}" form a cycle`,
        ),
      );
      return ownBounds(record.date);
    }
    state.set(record.id, "visiting");
    const own = ownBounds(record.date);
    let { earliest, latest } = own;
    for (const side of ["after", "before"] as const) {
      const anchor = record.date[side];
      if (!anchor) continue;
      let limit: string | undefined;
      if ("date" in anchor) limit = anchor.date;
      else {
        const other = byId.get(anchor.record);
        if (!other) {
          errors.push(
            errorAt(
              record.yaml,
              [...record.path, "date", side, "record"],
              "missing-reference",
              `"${anchor.record}" is no dated event or statement`,
            ),
          );
          continue;
        }
        const b = boundsOf(other);
        limit = side === "after" ? b.earliest : b.latest;
      }
      // a day bound compares with a time by its day: a reaction may come later the same day
      if (side === "after" && day(limit) > day(earliest)) earliest = day(limit);
      if (side === "before" && day(limit) < day(latest)) latest = day(limit);
    }
    if (day(earliest) > day(latest))
      errors.push(
        errorAt(
          record.yaml,
          [...record.path, "date"],
          "invalid-date",
          `the date's value and anchors leave no possible date: not before ${day(earliest)} yet not after ${day(latest)}`,
        ),
      );
    state.set(record.id, "done");
    const result = { earliest, latest };
    bounds.set(record.id, result);
    return result;
  };
  const before = errors.length;
  for (const record of records) boundsOf(record);
  // bounds that contradict each other have no EDTF and no place in the order: the errors say why
  if (errors.length > before) return new Map();

  const order = chronologicalOrder(records, bounds);
  const out = new Map<
    string,
    Omit<PartialDate, "resolution"> & Pick<PartialDateInput, "resolution">
  >();
  for (const record of records) {
    const b = bounds.get(record.id) ?? ownBounds(record.date);
    out.set(record.id, {
      ...record.date,
      ...b,
      edtf: edtfOf(record.date, b),
      order: order.get(record.id) ?? 0,
    });
  }
  return out;
}

/** Kahn's topological sort over the anchor edges, taking the earliest-dated ready record first. */
function chronologicalOrder(
  records: readonly Dated[],
  bounds: Map<string, Bounds>,
): Map<string, number> {
  const key = (r: Dated) => {
    const b = bounds.get(r.id) as Bounds;
    return `${b.earliest}\u0000${b.latest}\u0000${r.kind === "event" ? 0 : 1}\u0000${r.id}`;
  };
  const ids = new Set(records.map((r) => r.id));
  const next = new Map<string, string[]>();
  const waiting = new Map<string, number>();
  const edge = (from: string, to: string) => {
    if (!ids.has(from) || !ids.has(to)) return;
    next.set(from, [...(next.get(from) ?? []), to]);
    waiting.set(to, (waiting.get(to) ?? 0) + 1);
  };
  for (const r of records) {
    if (r.date.after && "record" in r.date.after) edge(r.date.after.record, r.id);
    if (r.date.before && "record" in r.date.before) edge(r.id, r.date.before.record);
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  const ready = new MinHeap<Dated>((a, b) => key(a) < key(b));
  for (const r of records) if (!waiting.get(r.id)) ready.push(r);
  const order = new Map<string, number>();
  for (let r = ready.pop(); r !== undefined; r = ready.pop()) {
    order.set(r.id, order.size);
    for (const to of next.get(r.id) ?? []) {
      const left = (waiting.get(to) ?? 1) - 1;
      waiting.set(to, left);
      if (left === 0) ready.push(byId.get(to) as Dated);
    }
  }
  // records in a cycle (already reported) go last, in date order
  for (const r of [...records].sort((a, b) => (key(a) < key(b) ? -1 : 1)))
    if (!order.has(r.id)) order.set(r.id, order.size);
  return order;
}

/** A binary heap: the sort's ready set stays O(log n) per record at any size. */
class MinHeap<T> {
  private items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}

  push(item: T) {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i] as T, items[parent] as T)) break;
      [items[i], items[parent]] = [items[parent] as T, items[i] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && this.less(items[l] as T, items[m] as T)) m = l;
      if (r < items.length && this.less(items[r] as T, items[m] as T)) m = r;
      if (m === i) return top;
      [items[i], items[m]] = [items[m] as T, items[i] as T];
      i = m;
    }
  }
}
