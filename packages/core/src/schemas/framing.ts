import * as z from "zod";
import { IdSchema, NoteSchema, RecordRefSchema } from "./common.js";
import { EvidenceSchema } from "./evidence.js";

export const FramingTermSchema = z
  .strictObject({
    source: IdSchema,
    term: z.string().min(1).meta({ description: "The words the source uses for the referent." }),
    voice: z.enum(["outlet", "speaker"]).meta({
      description:
        "Whose words these are: the outlet's own narration, or a speaker it quotes or reports.",
    }),
    speaker: IdSchema.optional().meta({
      description: "The speaker, when the voice is a speaker's.",
    }),
    evidence: z.array(EvidenceSchema).min(1),
    note: NoteSchema.optional(),
  })
  .meta({ id: "FramingTerm", description: "The words one source uses for a referent." });
export type FramingTerm = z.infer<typeof FramingTermSchema>;

export const FramingSchema = z
  .strictObject({
    id: IdSchema,
    story: IdSchema,
    referent: RecordRefSchema.meta({ description: "The event or actor being named." }),
    title: z.string().min(1).meta({ description: "What the framing is about, in a line." }),
    terms: z.array(FramingTermSchema).min(1),
    note: NoteSchema.optional().meta({
      description: "What the difference in wording does, in the curator's words.",
    }),
  })
  .meta({
    id: "Framing",
    description: "How each source names the same thing ('raid', 'drone strike', 'assassination').",
  });
export type Framing = z.infer<typeof FramingSchema>;
