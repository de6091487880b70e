import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";
import { EvidenceSchema } from "./evidence.js";
import { PartialDateSchema } from "./partial-date.js";
import { SpeechActSchema } from "./speech-acts.js";

export const StatementModeSchema = z
  .enum(["direct-quote", "indirect", "paraphrase", "unattributed"])
  .meta({
    id: "StatementMode",
    description:
      "How the source carries the words: a direct quote, reported speech, a paraphrase, or words with no speaker named.",
  });
export type StatementMode = z.infer<typeof StatementModeSchema>;

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

export const StatementSchema = z
  .strictObject({
    id: IdSchema,
    story: IdSchema,
    speaker: IdSchema.nullable().meta({
      description: "The actor who spoke; null when the source names none.",
    }),
    date: PartialDateSchema,
    occasion: z
      .strictObject({
        kind: OccasionKindSchema,
        description: z.string().min(1).optional(),
        event: IdSchema.optional().meta({
          description: "The event at which it was said, if recorded.",
        }),
      })
      .meta({ description: "Where or how it was said." }),
    mode: StatementModeSchema,
    act: SpeechActSchema,
    gist: z.string().min(1).meta({ description: "What was said, in the curator's neutral words." }),
    addressees: z
      .array(IdSchema)
      .default([])
      .meta({ description: "Actors the words are addressed to." }),
    targets: z
      .array(IdSchema)
      .default([])
      .meta({ description: "Actors the words are about or aimed at." }),
    about: z.array(IdSchema).default([]).meta({ description: "Events the statement is about." }),
    context: z
      .array(IdSchema)
      .default([])
      .meta({ description: "Context notes the record draws on." }),
    evidence: z
      .array(EvidenceSchema)
      .meta({ description: "The sources' words carrying the statement." }),
    note: NoteSchema.optional(),
  })
  .meta({
    id: "Statement",
    description: "Who said what, to whom, about what, and how the sources carry it.",
  });
export type Statement = z.infer<typeof StatementSchema>;
