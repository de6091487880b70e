import type { Dataset } from "../schemas/dataset.js";
import type { WebAnnotation, WebAnnotationCollection } from "../schemas/web-annotation.js";
import { spansBySource } from "./evidence.js";
import type { RecordUrl } from "./jsonld.js";
import { getSource, recordTitle } from "./lookup.js";

export interface WebAnnotationOptions {
  /** each record's IRI (as for recordJsonLd) */
  url: RecordUrl;
  /** the collection's own IRI; by default the source's IRI followed by /annotations */
  id?: string;
}

const PURPOSE = {
  evidence: "describing",
  "speaker-name": "identifying",
  cue: "tagging",
  occasion: "describing",
  date: "describing",
  alias: "identifying",
  mention: "identifying",
  framing: "tagging",
  discrepancy: "assessing",
} as const;

/**
 * A source's annotations as a W3C Web Annotation collection (JSON-LD): each span a target with a
 * TextQuoteSelector (the words and their context, which survive edits) and a TextPositionSelector
 * (code points, as the model requires), its body the record it grounds.
 */
export function webAnnotations(
  ds: Dataset,
  sourceId: string,
  { url, id }: WebAnnotationOptions,
): WebAnnotationCollection | undefined {
  const source = getSource(ds, sourceId);
  if (!source) return undefined;
  const sourceIri = url({ kind: "source", id: source.id });
  const collection = id ?? `${sourceIri}/annotations`;
  const items = [...(spansBySource(ds).get(source.id) ?? [])]
    .sort((a, b) => a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end)
    .map(
      ({ ref, role, evidence }, i): WebAnnotation => ({
        id: `${collection}#a${i + 1}`,
        type: "Annotation",
        motivation: role === "discrepancy" ? "assessing" : "linking",
        body: [
          { type: "SpecificResource", source: url(ref), purpose: PURPOSE[role] },
          {
            type: "TextualBody",
            value: `${role}: ${recordTitle(ds, ref)}`,
            format: "text/plain",
            language: "en",
            purpose: "describing",
          },
        ],
        target: {
          source: sourceIri,
          selector: [
            {
              type: "TextQuoteSelector",
              exact: evidence.quote,
              prefix: evidence.prefix,
              suffix: evidence.suffix,
            },
            {
              type: "TextPositionSelector",
              start: evidence.codePoints.start,
              end: evidence.codePoints.end,
            },
          ],
        },
      }),
    );
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: collection,
    type: "AnnotationCollection",
    label: `Annotations of ${source.title.status === "unknown" ? source.id : source.title.value}`,
    total: items.length,
    first: { id: `${collection}?page=1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
