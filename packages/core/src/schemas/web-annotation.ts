import * as z from "zod";

// the W3C Web Annotation Data Model's shapes that Dossier emits, so the API documents them exactly

const TextQuoteSelectorSchema = z.strictObject({
  type: z.literal("TextQuoteSelector"),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
const TextPositionSelectorSchema = z.strictObject({
  type: z.literal("TextPositionSelector"),
  start: z.int().min(0).meta({ description: "Offset in Unicode code points." }),
  end: z.int().min(0),
});

export const WebAnnotationSchema = z
  .strictObject({
    id: z.string(),
    type: z.literal("Annotation"),
    motivation: z.enum(["linking", "assessing"]),
    body: z
      .array(
        z.union([
          z.strictObject({
            type: z.literal("SpecificResource"),
            source: z.string().meta({ description: "The record the words ground." }),
            purpose: z.enum(["describing", "identifying", "tagging", "assessing"]),
          }),
          z.strictObject({
            type: z.literal("TextualBody"),
            value: z.string(),
            format: z.literal("text/plain"),
            language: z.literal("en"),
            purpose: z.literal("describing"),
          }),
        ]),
      )
      .length(2)
      .meta({ description: "The record the words ground, then a label for it." }),
    target: z.strictObject({
      source: z.string().meta({ description: "The source text." }),
      selector: z
        .array(z.union([TextQuoteSelectorSchema, TextPositionSelectorSchema]))
        .length(2)
        .meta({ description: "A TextQuoteSelector, then a TextPositionSelector." }),
    }),
  })
  .meta({
    id: "WebAnnotation",
    description:
      "One span of a source as a W3C Web Annotation: the words by quote and context and by code-point position, and the record they ground.",
  });
export type WebAnnotation = z.infer<typeof WebAnnotationSchema>;

export const WebAnnotationCollectionSchema = z
  .strictObject({
    "@context": z.literal("http://www.w3.org/ns/anno.jsonld"),
    id: z.string(),
    type: z.literal("AnnotationCollection"),
    label: z.string(),
    total: z.int().min(0),
    first: z.strictObject({
      id: z.string(),
      type: z.literal("AnnotationPage"),
      startIndex: z.literal(0),
      items: z.array(WebAnnotationSchema),
    }),
  })
  .meta({
    id: "WebAnnotationCollection",
    description:
      "Every annotated span of one source as a W3C Web Annotation collection (JSON-LD), in one page.",
  });
export type WebAnnotationCollection = z.infer<typeof WebAnnotationCollectionSchema>;
