import type { Evidence, RecordRef } from "@dossier/core";
import Link from "next/link";
import { sourceLabel, sourceShortLabel } from "@/lib/data";
import { EvidenceQuote } from "./EvidenceQuote";

/** The evidence from each source side by side, with an explicit gap where a source is silent. */
export function EvidenceColumns({
  evidence,
  sources,
  record,
  headingLevel = 3,
}: {
  evidence: readonly Evidence[];
  sources: readonly string[];
  record: RecordRef;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  const ids = [...new Set([...sources, ...evidence.map((e) => e.source)])];
  return (
    <div className="columns">
      {ids.map((id) => {
        const own = evidence.filter((e) => e.source === id);
        return (
          // biome-ignore lint/a11y/useSemanticElements: a labelled group of quotes, not form controls
          <div
            key={id}
            className="column"
            role="group"
            aria-label={`Evidence from ${sourceShortLabel(id)}`}
          >
            <Heading className="column__title">
              <Link href={`/sources/${id}`}>{sourceShortLabel(id)}</Link>
            </Heading>
            <p className="column__subtitle">{sourceLabel(id)}</p>
            {own.length ? (
              own.map((e) => (
                <EvidenceQuote
                  key={`${e.start}-${e.end}`}
                  evidence={e}
                  record={record}
                  showSource={false}
                />
              ))
            ) : (
              <p className="column__silent">This source does not report it.</p>
            )}
          </div>
        );
      })}
    </div>
  );
}
