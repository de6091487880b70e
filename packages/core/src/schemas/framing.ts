import * as z from "zod";
import { IdSchema, NoteSchema, RecordRefSchema } from "./common.js";
import { COMPILED_PARTS, INPUT_PARTS } from "./parts.js";

export const VoiceSchema = z.enum(["outlet", "speaker", "unnamed-speaker", "uncertain"]).meta({
  id: "Voice",
  description:
    "Whose words a term is: the outlet's own narration; a named speaker's; a speaker the source does not name; or uncertain (a loaded word inside reported speech, where a reader cannot tell whether the speaker or the writer chose it).",
});
export type Voice = z.infer<typeof VoiceSchema>;

function termSchema<Q extends z.ZodType>(quote: Q, id: string) {
  return z
    .strictObject({
      source: IdSchema,
      term: z.string().min(1).meta({ description: "The words the source uses for the referent." }),
      voice: VoiceSchema,
      speaker: IdSchema.optional().meta({
        description:
          "The speaker, when the voice is a named speaker's, or whose reported speech holds an uncertain term.",
      }),
      evidence: z.array(quote).min(1),
      note: NoteSchema.optional(),
    })
    .meta({
      id,
      description: "The words one source uses for a referent, and whose words they are.",
    });
}

export const FramingTermInputSchema = termSchema(INPUT_PARTS.quote, "FramingTermInput");
export const FramingTermSchema = termSchema(COMPILED_PARTS.quote, "FramingTerm");
export type FramingTerm = z.infer<typeof FramingTermSchema>;

function framingSchema<T extends z.ZodType>(term: T, id: string) {
  return z
    .strictObject({
      id: IdSchema,
      story: IdSchema,
      referent: RecordRefSchema.meta({ description: "The event or actor being named." }),
      title: z.string().min(1).meta({ description: "What the framing is about, in a line." }),
      terms: z.array(term).min(1),
      note: NoteSchema.optional().meta({
        description: "What the difference in wording does, in the curator's words.",
      }),
    })
    .meta({
      id,
      description:
        "How each source names the same thing ('raid', 'drone strike', 'assassination').",
    });
}

export const FramingInputSchema = framingSchema(FramingTermInputSchema, "FramingInput");
export type FramingInput = z.infer<typeof FramingInputSchema>;
export const FramingSchema = framingSchema(FramingTermSchema, "Framing");
export type Framing = z.infer<typeof FramingSchema>;
