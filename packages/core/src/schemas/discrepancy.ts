import * as z from "zod";
import { IdSchema, NoteSchema, RecordRefSchema } from "./common.js";
import { EvidenceSchema } from "./evidence.js";

export const DiscrepancyKindSchema = z
  .enum(["omission", "contradiction", "differing-detail", "naming", "attribution", "error"])
  .meta({
    id: "DiscrepancyKind",
    description:
      "omission: one source leaves out what another reports; contradiction: they cannot both be right; differing-detail: they differ in a detail; naming: they name something differently; attribution: they differ on who said it, or leave it unsaid; error: a source gets something wrong (a misspelling, a mistranslation, a false detail).",
  });
export type DiscrepancyKind = z.infer<typeof DiscrepancyKindSchema>;

export const DiscrepancySideSchema = z
  .strictObject({
    source: IdSchema,
    says: z.string().min(1).meta({
      description: "What this source says, or that it says nothing, in the curator's words.",
    }),
    evidence: z.array(EvidenceSchema).default([]).meta({
      description: "The source's words; empty for the silent side of an omission.",
    }),
  })
  .meta({ id: "DiscrepancySide", description: "One source's side of a discrepancy." });
export type DiscrepancySide = z.infer<typeof DiscrepancySideSchema>;

export const DiscrepancySchema = z
  .strictObject({
    id: IdSchema,
    story: IdSchema,
    kind: DiscrepancyKindSchema,
    title: z.string().min(1),
    about: z
      .array(RecordRefSchema)
      .default([])
      .meta({ description: "The records the discrepancy concerns." }),
    sides: z.array(DiscrepancySideSchema).min(1),
    context: z
      .array(IdSchema)
      .default([])
      .meta({ description: "Context notes that settle or explain it." }),
    note: NoteSchema.meta({
      description: "The curator's note: what differs and what is known to be right.",
    }),
  })
  .meta({
    id: "Discrepancy",
    description: "Where sources differ on the same story, each side with its evidence.",
  });
export type Discrepancy = z.infer<typeof DiscrepancySchema>;
