import "./Rendering.css";
import type { Discrepancy, DiscrepancySide, Framing, FramingTerm, RecordRef } from "@dossier/core";
import { recordTitle } from "@dossier/core";
import { actorName, contextNotes, dataset, sourceShortLabel } from "@/lib/data";
import { DISCREPANCY_LABEL, SLIP_LABEL, VOICE_LABEL } from "@/lib/labels";
import { anchorId, recordHref } from "@/lib/links";
import { Badge } from "./Badge";
import { EvidenceQuote } from "./EvidenceQuote";

/** Where the sources differ: the curator's note, then each side in its own words. */
export function DiscrepancyBlock({
  discrepancy,
  headingLevel = 3,
}: {
  discrepancy: Discrepancy;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const ref = { kind: "discrepancy", id: discrepancy.id } as const;
  return (
    <article className="discrepancy" id={anchorId(ref)} aria-labelledby={`${anchorId(ref)}-title`}>
      <p className="card__meta">
        <Badge tone="warn">{DISCREPANCY_LABEL[discrepancy.kind]}</Badge>
      </p>
      <Heading id={`${anchorId(ref)}-title`} className="discrepancy__title">
        {discrepancy.title}
      </Heading>
      <p>{discrepancy.note}</p>
      <div className="columns">
        {discrepancy.sides.map((side) => (
          <SideColumn
            key={"source" in side ? side.source : `context-${side.context}`}
            side={side}
            record={ref}
          />
        ))}
      </div>
      {discrepancy.about.length ? (
        <p className="muted small">
          Concerns:{" "}
          {discrepancy.about.map((r, i) => (
            <span key={`${r.kind}-${r.id}`}>
              {i ? "; " : ""}
              <a href={recordHref(dataset, r)}>{recordTitle(dataset, r)}</a>
            </span>
          ))}
        </p>
      ) : null}
    </article>
  );
}

/** One side of a discrepancy: a source in its own words (and its slip), or the record outside them. */
function SideColumn({ side, record }: { side: DiscrepancySide; record: RecordRef }) {
  if (!("source" in side)) {
    const note = contextNotes([side.context])[0];
    return (
      // biome-ignore lint/a11y/useSemanticElements: a labelled group of quotes, not form controls
      <div
        className="column column--context"
        role="group"
        aria-label="What the record outside the sources says"
      >
        <p className="column__title">The record outside the sources</p>
        <p className="column__says">{side.says}</p>
        {note ? (
          <p className="small">
            {note.fact} <span className="muted">Context: {note.citation}</span>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of quotes, not form controls
    <div className="column" role="group" aria-label={`What ${sourceShortLabel(side.source)} says`}>
      <p className="column__title">
        <a href={`/sources/${side.source}`}>{sourceShortLabel(side.source)}</a>
      </p>
      <p className="column__says">{side.says}</p>
      {side.slip ? (
        <p className="slip">
          <span className="badge badge--warn">{SLIP_LABEL[side.slip.kind]}</span>{" "}
          {side.slip.intended ? (
            <>
              likely meant <q className="slip__intended">{side.slip.intended}</q>
            </>
          ) : (
            <span className="muted">what was meant cannot be recovered</span>
          )}
        </p>
      ) : null}
      {side.evidence.length ? (
        side.evidence.map((e) => (
          <EvidenceQuote
            key={`${e.start}-${e.end}`}
            evidence={e}
            record={record}
            showSource={false}
          />
        ))
      ) : (
        <p className="column__silent">Nothing in this source.</p>
      )}
    </div>
  );
}

/** Whose words a framing term is: the outlet's, a speaker's, an unnamed one's, or uncertain. */
function voiceText(t: FramingTerm): string {
  if (t.voice === "speaker") return `${VOICE_LABEL.speaker} ${actorName(t.speaker)}`;
  if (t.voice === "uncertain" && t.speaker)
    return `inside ${actorName(t.speaker)}'s reported speech: whether the speaker or the writer chose it is uncertain`;
  return VOICE_LABEL[t.voice];
}

/** How each source names the same thing, each term with its words and whose voice it is. */
export function FramingBlock({
  framing,
  sources,
  headingLevel = 3,
}: {
  framing: Framing;
  sources?: readonly string[];
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const ref = { kind: "framing", id: framing.id } as const;
  const terms = sources ? framing.terms.filter((t) => sources.includes(t.source)) : framing.terms;
  const bySource = [...new Set(terms.map((t) => t.source))];
  return (
    <article className="framing" id={anchorId(ref)} aria-labelledby={`${anchorId(ref)}-title`}>
      <Heading id={`${anchorId(ref)}-title`} className="framing__title">
        {framing.title}
      </Heading>
      <p className="muted small">
        About{" "}
        <a href={recordHref(dataset, framing.referent)}>{recordTitle(dataset, framing.referent)}</a>
      </p>
      <div className="columns">
        {bySource.map((source) => (
          // biome-ignore lint/a11y/useSemanticElements: a labelled group of quotes, not form controls
          <div
            key={source}
            className="column"
            role="group"
            aria-label={`How ${sourceShortLabel(source)} names it`}
          >
            <p className="column__title">
              <a href={`/sources/${source}`}>{sourceShortLabel(source)}</a>
            </p>
            <ul className="terms">
              {terms
                .filter((t) => t.source === source)
                .map((t) => (
                  <li key={`${t.term}-${t.evidence[0]?.start}`}>
                    <p>
                      <strong className="term">“{t.term}”</strong>{" "}
                      <span className={`muted small voice voice--${t.voice}`}>{voiceText(t)}</span>
                    </p>
                    {t.note ? <p className="muted small">{t.note}</p> : null}
                    {t.evidence.map((e) => (
                      <EvidenceQuote
                        key={`${e.start}-${e.end}`}
                        evidence={e}
                        record={ref}
                        showSource={false}
                      />
                    ))}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
      {framing.note ? <p>{framing.note}</p> : null}
    </article>
  );
}
