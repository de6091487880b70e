import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";

const quoteField = z.string().min(1).meta({
  description:
    "The words exactly as they stand in the source, character for character (curly quotes and slips included).",
});
const occurrenceField = z.int().min(1).optional().meta({
  description:
    "Which occurrence is meant (1-based) when the quote appears more than once in the source.",
});

/** Words of the source named by the enclosing record (an attestation, a framing term, a side). */
export const QuoteInputSchema = z
  .strictObject({ quote: quoteField, occurrence: occurrenceField, note: NoteSchema.optional() })
  .meta({
    id: "QuoteInput",
    description:
      "Words as a curator writes them inside a record that already names its source: the exact words, and which occurrence where they repeat.",
  });
export type QuoteInput = z.infer<typeof QuoteInputSchema>;

/** Evidence as curators write it in data files: the build finds it and computes its anchors. */
export const EvidenceInputSchema = z
  .strictObject({
    source: IdSchema.meta({ description: "The id of the source the quote comes from." }),
    quote: quoteField,
    occurrence: occurrenceField,
    note: NoteSchema.optional(),
  })
  .meta({
    id: "EvidenceInput",
    description: "Evidence as a curator writes it: a source id and the exact words.",
  });
export type EvidenceInput = z.infer<typeof EvidenceInputSchema>;

export const EvidenceSchema = z
  .strictObject({
    source: IdSchema.meta({ description: "The id of the source the quote comes from." }),
    quote: quoteField,
    occurrence: occurrenceField,
    start: z.int().min(0).meta({
      description:
        "Offset of the quote's first character in the source text, in UTF-16 code units (a JavaScript string index).",
    }),
    end: z
      .int()
      .min(0)
      .meta({ description: "Offset just past the quote's last character, in UTF-16 code units." }),
    codePoints: z.strictObject({ start: z.int().min(0), end: z.int().min(0) }).meta({
      description:
        "The same span in Unicode code points, as a W3C TextPositionSelector counts them.",
    }),
    prefix: z.string().meta({
      description:
        "Up to 32 characters of the text just before the quote, for re-anchoring (a W3C TextQuoteSelector's prefix).",
    }),
    suffix: z
      .string()
      .meta({ description: "Up to 32 characters of the text just after the quote." }),
    note: NoteSchema.optional(),
  })
  .meta({
    id: "Evidence",
    description:
      "The exact words of a source that ground a record, anchored in the source text by position and by context. Computed by the build.",
  });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const EvidenceListSchema = z.array(EvidenceSchema);
