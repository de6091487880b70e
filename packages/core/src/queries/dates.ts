import type { PartialDate } from "../schemas/partial-date.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const PART_OF_DAY: Record<string, string> = {
  "early-morning": "early morning",
  morning: "morning",
  afternoon: "afternoon",
  evening: "evening",
  night: "night",
};

type DateLike = Pick<PartialDate, "value" | "precision"> &
  Partial<Pick<PartialDate, "partOfDay" | "periodPart" | "approximate">>;

/** A partial date as a reader expects it: "3 Jan 2020, early morning", "late Dec 2019", "2020". */
export function formatPartialDate(
  date: DateLike,
  options: { style?: "short" | "long" } = {},
): string {
  const months = options.style === "long" ? MONTHS_LONG : MONTHS;
  const [y, m, rest] = date.value.split("-");
  const d = rest?.slice(0, 2);
  const time = date.precision === "time" ? date.value.slice(11, 16) : undefined;
  const month = m ? months[Number(m) - 1] : undefined;
  let text: string;
  switch (date.precision) {
    case "year":
      text = `${y}`;
      break;
    case "month":
      text = `${month} ${y}`;
      break;
    default:
      text = `${Number(d)} ${month} ${y}`;
  }
  if (date.periodPart) text = `${date.periodPart} ${text}`;
  if (time) text += `, ${time}`;
  else if (date.partOfDay) text += `, ${PART_OF_DAY[date.partOfDay]}`;
  return date.approximate ? `c. ${text}` : text;
}

/** The interval of days a partial date covers, as ISO dates (inclusive). */
export function dateInterval(
  date: Pick<PartialDate, "value" | "precision"> & { periodPart?: PartialDate["periodPart"] },
): { start: string; end: string } {
  const [y = "0000", m, d] = date.value.slice(0, 10).split("-");
  if (date.precision === "year") return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (date.precision === "month") {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    // early, mid and late narrow a month to its thirds
    const thirds: Record<string, [number, number]> = {
      early: [1, 10],
      mid: [11, 20],
      late: [21, last],
    };
    const [first, final] = thirds[date.periodPart ?? ""] ?? [1, last];
    const day = (n: number) => String(n).padStart(2, "0");
    return { start: `${y}-${m}-${day(first)}`, end: `${y}-${m}-${day(final)}` };
  }
  return { start: `${y}-${m}-${d}`, end: `${y}-${m}-${d}` };
}

const PART_ORDER = ["early-morning", "morning", "afternoon", "evening", "night"];

/** Orders partial dates by their start, then the less precise first, then part of day. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const ia = dateInterval(a);
  const ib = dateInterval(b);
  if (ia.start !== ib.start) return ia.start < ib.start ? -1 : 1;
  if (a.value !== b.value) return a.value < b.value ? -1 : 1;
  return PART_ORDER.indexOf(a.partOfDay ?? "") - PART_ORDER.indexOf(b.partOfDay ?? "");
}

/** True when the date's interval overlaps [from, to]; either bound may be left open. */
export function dateOverlaps(
  date: Parameters<typeof dateInterval>[0],
  from?: string,
  to?: string,
): boolean {
  const { start, end } = dateInterval(date);
  if (from && end < from) return false;
  if (to && start > to) return false;
  return true;
}
