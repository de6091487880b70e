import type { Evidence, RecordRef } from "@dossier/core";
import { sourceShortLabel } from "@/lib/data";
import { sourceHref } from "@/lib/links";

/** The exact words of one source, with a link to them highlighted in the full text. */
export function EvidenceQuote({
  evidence,
  record,
  showSource = true,
}: {
  evidence: Evidence;
  record: RecordRef;
  showSource?: boolean;
}) {
  return (
    <figure className="evidence">
      <blockquote className="evidence__quote" cite={sourceHref(evidence.source, record)}>
        <p>{evidence.quote}</p>
      </blockquote>
      <figcaption className="evidence__caption">
        {showSource ? (
          <span className="evidence__source">{sourceShortLabel(evidence.source)}</span>
        ) : null}
        {/* a full load, not a client-side push, so the browser sets :target and lights up the words */}
        <a href={sourceHref(evidence.source, record)} className="evidence__link">
          Read in the source
          <span className="visually-hidden">: {sourceShortLabel(evidence.source)}</span>
        </a>
        {evidence.note ? <span className="evidence__note">{evidence.note}</span> : null}
      </figcaption>
    </figure>
  );
}
