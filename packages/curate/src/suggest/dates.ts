import * as chrono from "chrono-node";
import type { Span } from "./text.js";

export interface DateFound extends Span {
  /** ISO 8601, as precise as the words allow */
  value: string;
  precision: "day" | "month" | "year";
  partOfDay?: "morning" | "afternoon" | "evening" | "night";
  /** the words that gave the date, kept as evidence */
  words: string;
}

const PART_OF_DAY = /\b(morning|afternoon|evening|night)\b/i;

/**
 * Date phrases in a span of the text ("on Sunday", "on Friday morning", "late on Monday"), resolved
 * against the publication date: chrono reads weekdays as the last one on or before it, as news does.
 */
export function findDates(text: string, published: string, span?: Span): DateFound[] {
  const from = span?.start ?? 0;
  const slice = text.slice(from, span?.end ?? text.length);
  const reference = new Date(`${published}T12:00:00Z`);
  const found: DateFound[] = [];
  for (const r of chrono.parse(
    slice,
    { instant: reference, timezone: 0 },
    { forwardDate: false },
  )) {
    const words = r.text.replace(/[,.;:]+$/, "");
    const start = from + r.index;
    const c = r.start;
    const year = c.get("year");
    const month = c.get("month");
    const day = c.get("day");
    if (year === null || month === null) continue;
    const pad = (n: number) => String(n).padStart(2, "0");
    const dayKnown =
      c.isCertain("day") || c.isCertain("weekday") || /\b(today|yesterday)\b/i.test(words);
    const monthOnly = !dayKnown && c.isCertain("month");
    const part = PART_OF_DAY.exec(words)?.[1]?.toLowerCase() as DateFound["partOfDay"];
    const date: DateFound = {
      start,
      end: start + words.length,
      words,
      value: monthOnly ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day ?? 1)}`,
      precision: monthOnly ? "month" : "day",
    };
    if (part && !monthOnly) date.partOfDay = part;
    found.push(date);
  }
  return found;
}
