import { formatDate, formatPartialDate, type PartialDate } from "@dossier/core";

const PRECISION: Record<PartialDate["precision"], string> = {
  year: "known to the year",
  month: "known to the month",
  day: "known to the day",
  time: "known to the minute",
};

const BASIS: Record<PartialDate["resolution"]["basis"], string> = {
  explicit: "stated in the text",
  relative: "worked out from relative words",
  anchored: "known only from the records it comes after or before",
  context: "from context outside the sources",
  publication: "the report's own date",
};

export interface DateDisplay {
  /** what a reader sees: "3 Jan 2020, early morning", or a range, "3–5 Jan 2020" */
  text: string;
  /** the machine-readable form for <time dateTime>; absent for a range, which HTML cannot say */
  dateTime?: string;
  /** true when anchors narrow the date to a span of days rather than one value */
  range: boolean;
  precision: string;
  basis: string;
}

/** A date ready to show: the words (a range where anchors narrow it), precision, and basis. */
export function displayDate(date: PartialDate, style: "short" | "long" = "short"): DateDisplay {
  const text = formatDate(date, { style });
  const range = Boolean(date.after || date.before) && date.earliest !== date.latest;
  const v = date.value;
  const dateTime =
    date.precision === "time"
      ? v.slice(0, 16)
      : v.slice(0, { year: 4, month: 7, day: 10 }[date.precision]);
  return {
    text,
    ...(range ? {} : { dateTime }),
    range,
    precision: range
      ? `somewhere in this span${date.approximate ? ", approximately" : ""}`
      : `${PRECISION[date.precision]}${date.approximate ? ", approximately" : ""}`,
    basis: BASIS[date.resolution.basis],
  };
}

/** An ISO date of any precision ("2019-11", "2020-01-05") in words, for roles' from/to. */
export function displayIsoDate(value: string): string {
  const precision = value.length <= 4 ? "year" : value.length <= 7 ? "month" : "day";
  return formatPartialDate({ value, precision });
}
