import type { PartialDate } from "@dossier/core";
import { displayDate } from "@/lib/dates";

/** A date in words, with its precision for anyone who hovers or reads aloud; ranges read as ranges. */
export function DateText({
  date,
  style = "short",
}: {
  date: PartialDate;
  style?: "short" | "long";
}) {
  const d = displayDate(date, style);
  const title = `${d.precision}; ${d.basis}`;
  if (d.range)
    return (
      <span className="date-range" title={title} data-edtf={date.edtf}>
        {d.text}
      </span>
    );
  return (
    <time dateTime={d.dateTime} title={title}>
      {d.text}
    </time>
  );
}
