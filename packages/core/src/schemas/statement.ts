import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";
import { COMPILED_PARTS, INPUT_PARTS } from "./parts.js";
import { SpeechActSchema } from "./speech-acts.js";

export const QuotationSchema = z.enum(["direct", "partial", "indirect", "paraphrase"]).meta({
  id: "Quotation",
  description:
    "How a source renders the words: a direct quote; a partial quote (only a fragment in quotation marks); indirect (reported) speech; or a paraphrase that keeps the sense, not the words.",
});
export type Quotation = z.infer<typeof QuotationSchema>;

export const AttributionSchema = z.enum(["named", "unnamed", "outlet", "none"]).meta({
  id: "Attribution",
  description:
    "How a source attributes the words: to a speaker it names; to one it does not name ('a spokesperson'); to no one but itself, in its own narration; or to no one at all (words in quotation marks with no speaker).",
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const OccasionKindSchema = z
  .enum([
    "parliament-session",
    "written-statement",
    "tweet",
    "letter",
    "press-conference",
    "interview",
    "speech",
    "summons",
    "unspecified",
  ])
  .meta({ id: "OccasionKind", description: "Where or how the words were said." });
export type OccasionKind = z.infer<typeof OccasionKindSchema>;

function attestationSchema<Q extends z.ZodType>(quote: Q, id: string) {
  return z
    .strictObject({
      source: IdSchema.meta({ description: "The source that carries the claim." }),
      quotation: QuotationSchema,
      attribution: AttributionSchema,
      speakerName: z.optional(quote).meta({
        description: "The words this source uses for the speaker ('Mahdi', 'the ministry').",
      }),
      cue: z.optional(quote).meta({
        description: "The reporting cue this source uses ('stressed', 'claims', 'vowed').",
      }),
      occasion: z
        .strictObject({
          kind: OccasionKindSchema,
          words: z.optional(quote).meta({ description: "The words that give the occasion." }),
        })
        .optional()
        .meta({ description: "The occasion this source gives ('in a letter', 'in a tweet')." }),
      evidence: z.array(quote).min(1).meta({ description: "This source's words for the claim." }),
      note: NoteSchema.optional(),
    })
    .meta({
      id,
      description:
        "One source's account of a claim: its words, how it renders and attributes them, its cue, the name it gives the speaker and the occasion.",
    });
}

export const AttestationInputSchema = attestationSchema(INPUT_PARTS.quote, "AttestationInput");
export const AttestationSchema = attestationSchema(COMPILED_PARTS.quote, "Attestation");
export type Attestation = z.infer<typeof AttestationSchema>;

function statementSchema<D extends z.ZodType, A extends z.ZodType>(
  date: D,
  id: string,
  attestation: A,
) {
  return z
    .strictObject({
      id: IdSchema,
      story: IdSchema,
      speaker: IdSchema.nullable().meta({
        description: "The actor who made the claim; null when no source names one.",
      }),
      act: SpeechActSchema,
      gist: z.string().min(1).meta({
        description:
          "The claim in the curator's neutral words: only what every attestation supports.",
      }),
      date: date,
      communication: IdSchema.optional().meta({
        description:
          "The event that is the act of communication the claim was made in (a letter, a tweet, a speech in a session).",
      }),
      addressees: z
        .array(IdSchema)
        .default([])
        .meta({ description: "Actors the words are spoken to." }),
      targets: z
        .array(IdSchema)
        .default([])
        .meta({ description: "Actors the words act against or criticise." }),
      mentions: z
        .array(IdSchema)
        .default([])
        .meta({ description: "Actors the words only mention." }),
      about: z.array(IdSchema).default([]).meta({ description: "Events the claim is about." }),
      context: z
        .array(IdSchema)
        .default([])
        .meta({ description: "Context notes the record draws on." }),
      attestations: z.array(attestation).min(1).meta({
        description: "Each source that carries the claim, with its own account of it.",
      }),
      note: NoteSchema.optional(),
    })
    .meta({
      id,
      description:
        "One claim by one speaker (who said what, to whom, about what), and each source's account of it.",
    });
}

export const StatementInputSchema = statementSchema(
  INPUT_PARTS.date,
  "StatementInput",
  AttestationInputSchema,
);
export type StatementInput = z.infer<typeof StatementInputSchema>;
export const StatementSchema = statementSchema(COMPILED_PARTS.date, "Statement", AttestationSchema);
export type Statement = z.infer<typeof StatementSchema>;
