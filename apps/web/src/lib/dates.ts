import { formatPartialDate, type PartialDate } from "@dossier/core";

const PRECISION: Record<PartialDate["precision"], string> = {
  year: "known to the year",
  month: "known to the month",
  day: "known to the day",
  time: "known to the minute",
};

const BASIS: Record<PartialDate["resolution"]["basis"], string> = {
  explicit: "stated in the text",
  relative: "worked out from relative words",
  context: "from context outside the sources",
  publication: "the report's own date",
};

export interface DateDisplay {
  /** what a reader sees: "3 Jan 2020, early morning" */
  text: string;
  /** the machine-readable form for <time dateTime> */
  dateTime: string;
  precision: string;
  basis: string;
}

/** A partial date ready to show: the words, the precision, and how it was worked out. */
export function displayDate(date: PartialDate, style: "short" | "long" = "short"): DateDisplay {
  const v = date.value;
  const dateTime =
    date.precision === "time"
      ? v.slice(0, 16)
      : v.slice(0, { year: 4, month: 7, day: 10 }[date.precision]);
  return {
    text: formatPartialDate(date, { style }),
    dateTime,
    precision: `${PRECISION[date.precision]}${date.approximate ? ", approximately" : ""}`,
    basis: BASIS[date.resolution.basis],
  };
}

/** An ISO date of any precision ("2019-11", "2020-01-05") in words, for roles' from/to. */
export function displayIsoDate(value: string): string {
  const precision = value.length <= 4 ? "year" : value.length <= 7 ? "month" : "day";
  return formatPartialDate({ value, precision });
}
