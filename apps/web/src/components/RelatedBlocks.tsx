import type { RecordRef } from "@dossier/core";
import { relatedDiscrepancies, relatedFramings } from "@/lib/related";
import { DiscrepancyBlock, FramingBlock } from "./Discrepancy";

/** The framings and discrepancies that concern a record, if any. */
export function RelatedBlocks({ record }: { record: RecordRef }) {
  const framings = relatedFramings(record);
  const discrepancies = relatedDiscrepancies(record);
  return (
    <>
      {framings.length ? (
        <section className="section" aria-labelledby="framing-heading">
          <h2 id="framing-heading">How the sources name it</h2>
          {framings.map((f) => (
            <FramingBlock key={f.id} framing={f} />
          ))}
        </section>
      ) : null}
      {discrepancies.length ? (
        <section className="section" aria-labelledby="differ-heading">
          <h2 id="differ-heading">Where the sources differ on it</h2>
          {discrepancies.map((d) => (
            <DiscrepancyBlock key={d.id} discrepancy={d} />
          ))}
        </section>
      ) : null}
    </>
  );
}
