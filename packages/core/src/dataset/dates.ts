import type { DatePrecision } from "../schemas/partial-date.js";

const FORMATS: Record<DatePrecision, RegExp> = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  time: /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/,
};

const EXAMPLES: Record<DatePrecision, string> = {
  year: "2020",
  month: "2020-01",
  day: "2020-01-05",
  time: "2020-01-03T00:30",
};

/** Why a partial date is no date, or null when it is one. */
export function partialDateProblem(value: string, precision: DatePrecision): string | null {
  const match = FORMATS[precision].exec(value);
  if (!match)
    return `"${value}" is not a ${precision}-precision date; write it like "${EXAMPLES[precision]}"`;
  const [, y, m = "01", d = "01", hh = "00", mm = "00"] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12) return `"${value}" is no date: there is no month ${month}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth)
    return `"${value}" is no date: ${year}-${m} has ${daysInMonth} days`;
  if (Number(hh) > 23 || Number(mm) > 59) return `"${value}" is no time of day`;
  return null;
}

/** Checks a loose ISO 8601 date of any precision (role start and end dates). */
export function looseDateProblem(value: string): string | null {
  const precision: DatePrecision | undefined = /T/.test(value)
    ? "time"
    : ({ 4: "year", 7: "month", 10: "day" } as const)[value.length as 4 | 7 | 10];
  if (!precision) return `"${value}" is no date; write it like "2020", "2020-01" or "2020-01-05"`;
  return partialDateProblem(value, precision);
}
