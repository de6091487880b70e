import { EVENT_TYPES, type NewsEvent, recordEvidence, type Statement } from "@dossier/core";
import { actorName } from "@/lib/data";
import { factualityBadge, factualityNotes } from "@/lib/factuality";
import { ACT_LABEL, MEDIUM_LABEL, QUOTATION_LABEL } from "@/lib/labels";
import { Badge } from "./Badge";
import { DateText } from "./DateText";

/** An event in a list: when, what kind, whether the sources report it as fact, what happened. */
export function EventCard({
  event,
  headingLevel = 3,
}: {
  event: NewsEvent;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card card--event">
      <p className="card__meta">
        <DateText date={event.date} /> <Badge tone="kind">{EVENT_TYPES[event.type].label}</Badge>
        {event.medium ? <Badge>{MEDIUM_LABEL[event.medium]}</Badge> : null}
        {factualityNotes(event).map((n) => (
          <Badge key={n.phrase} tone="warn">
            {factualityBadge(n)}
          </Badge>
        ))}
      </p>
      <Heading className="card__title">
        <a href={`/events/${event.id}`}>{event.title}</a>
      </Heading>
      <p className="card__body">{event.summary}</p>
    </article>
  );
}

/** A statement in a list: who, when, what they did by speaking, how it is quoted, and its gist. */
export function StatementCard({
  statement,
  headingLevel = 3,
  showSpeaker = true,
}: {
  statement: Statement;
  headingLevel?: 2 | 3 | 4;
  showSpeaker?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const quote = recordEvidence(statement)[0]?.quote;
  const quotations = [...new Set(statement.attestations.map((a) => a.quotation))];
  return (
    <article className="card card--statement">
      <p className="card__meta">
        <DateText date={statement.date} /> <Badge tone="kind">{ACT_LABEL[statement.act]}</Badge>{" "}
        {quotations.map((q) => (
          <Badge key={q}>{QUOTATION_LABEL[q]}</Badge>
        ))}
      </p>
      <Heading className="card__title">
        <a href={`/statements/${statement.id}`}>
          {showSpeaker ? (
            <span className="card__speaker">{actorName(statement.speaker)}: </span>
          ) : null}
          {statement.gist}
        </a>
      </Heading>
      {quote ? <p className="card__quote">“{quote}”</p> : null}
    </article>
  );
}
