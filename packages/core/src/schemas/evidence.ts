import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";

export const EvidenceSchema = z
  .strictObject({
    source: IdSchema.meta({ description: "The id of the source the quote comes from." }),
    quote: z.string().min(1).meta({
      description:
        "The words exactly as they stand in the source, character for character (curly quotes and slips included).",
    }),
    occurrence: z.int().min(1).optional().meta({
      description:
        "Which occurrence is meant (1-based) when the quote appears more than once in the source.",
    }),
    start: z.int().min(0).meta({
      description:
        "Offset of the quote's first character in the source text, in UTF-16 code units (a JavaScript string index). Computed at build time, never written by hand.",
    }),
    end: z
      .int()
      .min(0)
      .meta({ description: "Offset just past the quote's last character (exclusive)." }),
    note: NoteSchema.optional(),
  })
  .meta({
    id: "Evidence",
    description:
      "The exact words of a source that ground a record, with their position in the source text.",
  });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Evidence as curators write it in data files: the offsets are computed by the build. */
export const EvidenceInputSchema = EvidenceSchema.omit({ start: true, end: true }).meta({
  id: "EvidenceInput",
  description: "Evidence as a curator writes it: a source id and the exact words.",
});
export type EvidenceInput = z.infer<typeof EvidenceInputSchema>;

export const EvidenceListSchema = z.array(EvidenceSchema);
