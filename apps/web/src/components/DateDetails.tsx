import "./Rendering.css";
import type { DateAnchor, PartialDate, RecordRef } from "@dossier/core";
import { getEvent, getStatement, recordTitle } from "@dossier/core";
import { contextNotes, dataset } from "@/lib/data";
import { displayDate, displayIsoDate } from "@/lib/dates";
import { recordHref } from "@/lib/links";
import { DateText } from "./DateText";
import { EvidenceQuote } from "./EvidenceQuote";

/** An anchor in words: a link to the record it is bounded by, or a calendar date. */
function Anchor({ anchor }: { anchor: DateAnchor }) {
  if ("date" in anchor) return <>{displayIsoDate(anchor.date)}</>;
  const event = getEvent(dataset, anchor.record);
  const record = event ?? getStatement(dataset, anchor.record);
  if (!record) return <>{anchor.record}</>;
  const ref = { kind: event ? "event" : "statement", id: anchor.record } as const;
  const date = displayDate(record.date).text;
  return (
    <>
      <a href={recordHref(dataset, ref)}>{recordTitle(dataset, ref)}</a>
      <span className="muted"> ({date})</span>
    </>
  );
}

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
      {date.after || date.before ? (
        <ul className="plain-list date-details__anchors">
          {date.after ? (
            <li>
              <span className="label">After</span> <Anchor anchor={date.after} />
            </li>
          ) : null}
          {date.before ? (
            <li>
              <span className="label">Before</span> <Anchor anchor={date.before} />
            </li>
          ) : null}
        </ul>
      ) : null}
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
      <p className="muted small">
        EDTF <code>{date.edtf}</code>
      </p>
    </div>
  );
}
