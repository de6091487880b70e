import type { Evidence, RecordRef } from "@dossier/core";
import type { ReactNode } from "react";
import { sourceLabel, sourceShortLabel } from "@/lib/data";
import { EvidenceQuote } from "./EvidenceQuote";

interface Account {
  source: string;
  evidence: readonly Evidence[];
  note?: string | undefined;
}

/**
 * Each source's account of a record side by side: how it carries it (from `details`), then its
 * words, with an explicit gap where a source is silent.
 */
export function EvidenceColumns<A extends Account>({
  attestations,
  sources,
  record,
  details,
  headingLevel = 3,
}: {
  attestations: readonly A[];
  sources: readonly string[];
  record: RecordRef;
  details?: (attestation: A) => ReactNode;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const ids = [...new Set([...sources, ...attestations.map((a) => a.source)])];
  return (
    <div className="columns">
      {ids.map((id) => {
        const own = attestations.find((a) => a.source === id);
        return (
          // biome-ignore lint/a11y/useSemanticElements: a labelled group of quotes, not form controls
          <div
            key={id}
            className="column"
            role="group"
            aria-label={`Evidence from ${sourceShortLabel(id)}`}
          >
            <Heading className="column__title">
              <a href={`/sources/${id}`}>{sourceShortLabel(id)}</a>
            </Heading>
            <p className="column__subtitle">{sourceLabel(id)}</p>
            {own ? (
              <>
                {details ? details(own) : null}
                {own.evidence.map((e) => (
                  <EvidenceQuote
                    key={`${e.start}-${e.end}`}
                    evidence={e}
                    record={record}
                    showSource={false}
                  />
                ))}
                {own.note ? <p className="muted small">{own.note}</p> : null}
              </>
            ) : (
              <p className="column__silent">This source does not report it.</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
