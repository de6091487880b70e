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

/** Orders compiled dates by the dataset's chronology (see PartialDate.order). */
export function compareDates(a: Pick<PartialDate, "order">, b: Pick<PartialDate, "order">): number {
  return a.order - b.order;
}

/** True when the date's possible span overlaps [from, to]; either bound may be left open. */
export function dateOverlaps(
  date: Pick<PartialDate, "earliest" | "latest">,
  from?: string,
  to?: string,
): boolean {
  if (from && date.latest.slice(0, 10) < from) return false;
  if (to && date.earliest.slice(0, 10) > to) return false;
  return true;
}

/**
 * A date as a reader expects it: its own words ("early Jan 2020") where its value says it all, and
 * the span it is known to lie in where anchors narrow it ("3-5 Jan 2020").
 */
export function formatDate(date: PartialDate, options: { style?: "short" | "long" } = {}): string {
  const narrowed = (date.after || date.before) && date.earliest !== date.latest;
  if (!narrowed) return formatPartialDate(date, options);
  const from = formatPartialDate({ value: date.earliest.slice(0, 10), precision: "day" }, options);
  const to = formatPartialDate({ value: date.latest.slice(0, 10), precision: "day" }, options);
  const [d1, m1, y1] = from.split(" ");
  const [, m2, y2] = to.split(" ");
  const span = y1 !== y2 ? `${from} – ${to}` : m1 !== m2 ? `${d1} ${m1} – ${to}` : `${d1}–${to}`;
  return date.approximate ? `c. ${span}` : span;
}
