import type { PartialDate } from "@dossier/core";
import { displayDate } from "@/lib/dates";

/** A partial date in words, with its precision for anyone who hovers or reads aloud. */
export function DateText({
  date,
  style = "short",
}: {
  date: PartialDate;
  style?: "short" | "long";
}) {
  const d = displayDate(date, style);
  return (
    <time dateTime={d.dateTime} title={`${d.precision}; ${d.basis}`}>
      {d.text}
    </time>
  );
}
