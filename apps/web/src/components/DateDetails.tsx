import type { PartialDate, RecordRef } from "@dossier/core";
import { contextNotes } from "@/lib/data";
import { displayDate } from "@/lib/dates";
import { DateText } from "./DateText";
import { EvidenceQuote } from "./EvidenceQuote";

/** A date with how it was worked out, so a reader can check the reasoning. */
export function DateDetails({ date, record }: { date: PartialDate; record: RecordRef }) {
  const d = displayDate(date, "long");
  const notes = contextNotes(date.resolution.context);
  return (
    <div className="date-details">
      <p className="date-details__value">
        <DateText date={date} style="long" />{" "}
        <span className="muted">
          ({d.precision}; {d.basis})
        </span>
      </p>
      <p>{date.resolution.reasoning}</p>
      {date.resolution.anchor ? (
        <p className="muted">Resolved against: {date.resolution.anchor}</p>
      ) : null}
      {date.resolution.words.length ? (
        <div className="date-details__words">
          <p className="label">The words that date it</p>
          {date.resolution.words.map((w) => (
            <EvidenceQuote key={`${w.source}-${w.start}`} evidence={w} record={record} />
          ))}
        </div>
      ) : null}
      {notes.length ? (
        <ul className="context-list">
          {notes.map((n) => (
            <li key={n.id}>
              {n.fact} <span className="muted">Context: {n.citation}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
