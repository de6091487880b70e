import * as z from "zod";
import { IdSchema, NoteSchema, RecordRefSchema } from "./common.js";
import { COMPILED_PARTS, INPUT_PARTS } from "./parts.js";

export const DiscrepancyKindSchema = z
  .enum(["omission", "contradiction", "differing-detail", "naming", "attribution", "error"])
  .meta({
    id: "DiscrepancyKind",
    description:
      "omission: one source leaves out what another reports; contradiction: they cannot both be right; differing-detail: they differ in a detail; naming: they name something differently; attribution: they differ on who said it, or leave it unsaid; error: a source gets something wrong, against another source or the record outside them.",
  });
export type DiscrepancyKind = z.infer<typeof DiscrepancyKindSchema>;

export const SlipKindSchema = z
  .enum(["translation", "transliteration", "typo", "reporting", "rewriting"])
  .meta({
    id: "SlipKind",
    description:
      "What kind of error a side makes: a translation slip (a word rendered wrongly or garbled); a transliteration that misspells a name; a typo; a reporting error (a wrong fact, title or date); or a rewriter's words changing what the report said.",
  });
export type SlipKind = z.infer<typeof SlipKindSchema>;

export const SlipSchema = z
  .strictObject({
    kind: SlipKindSchema,
    intended: z.string().min(1).optional().meta({
      description:
        "The likely intended reading, where the slip has one ('Tueller' for 'Tooler'); absent where the sense cannot be recovered.",
    }),
  })
  .meta({ id: "Slip", description: "An error on one side of a discrepancy, and what was meant." });
export type Slip = z.infer<typeof SlipSchema>;

const says = z.string().min(1).meta({
  description: "What this side says, or that it says nothing, in the curator's words.",
});

function sideSchema<Q extends z.ZodType>(quote: Q, id: string) {
  const sourceSide = z.strictObject({
    source: IdSchema,
    says,
    evidence: z.array(quote).default([]).meta({
      description: "The source's words; empty for the silent side of an omission.",
    }),
    slip: SlipSchema.optional(),
  });
  const contextSide = z.strictObject({
    context: IdSchema.meta({
      description: "A context note: the record outside the sources that this side rests on.",
    }),
    says,
  });
  return z.union([sourceSide, contextSide]).meta({
    id,
    description:
      "One side of a discrepancy: a source with its words (and its slip, if it errs), or a context note from outside the sources.",
  });
}

export const DiscrepancySideInputSchema = sideSchema(INPUT_PARTS.quote, "DiscrepancySideInput");
export const DiscrepancySideSchema = sideSchema(COMPILED_PARTS.quote, "DiscrepancySide");
export type DiscrepancySide = z.infer<typeof DiscrepancySideSchema>;
export type SourceSide = Extract<DiscrepancySide, { source: string }>;

function discrepancySchema<S extends z.ZodType>(side: S, id: string) {
  return z
    .strictObject({
      id: IdSchema,
      story: IdSchema,
      kind: DiscrepancyKindSchema,
      title: z.string().min(1),
      about: z
        .array(RecordRefSchema)
        .default([])
        .meta({ description: "The records the discrepancy concerns." }),
      sides: z.array(side).min(1),
      context: z
        .array(IdSchema)
        .default([])
        .meta({ description: "Context notes that settle or explain it." }),
      note: NoteSchema.meta({
        description: "The curator's note: what differs and what is known to be right.",
      }),
    })
    .meta({
      id,
      description:
        "Where sources differ on the same story, or a source differs from the record outside it, each side with its evidence.",
    });
}

export const DiscrepancyInputSchema = discrepancySchema(
  DiscrepancySideInputSchema,
  "DiscrepancyInput",
);
export type DiscrepancyInput = z.infer<typeof DiscrepancyInputSchema>;
export const DiscrepancySchema = discrepancySchema(DiscrepancySideSchema, "Discrepancy");
export type Discrepancy = z.infer<typeof DiscrepancySchema>;

/** The sides of a discrepancy that are sources' words, not context. */
export function sourceSides(discrepancy: Discrepancy): SourceSide[] {
  return discrepancy.sides.filter((s): s is SourceSide => "source" in s);
}
