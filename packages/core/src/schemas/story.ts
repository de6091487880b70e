import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";

export const ContextNoteSchema = z
  .strictObject({
    id: IdSchema,
    story: IdSchema,
    fact: z.string().min(1).meta({ description: "A fact from outside the story's sources." }),
    citation: z.string().min(1).meta({
      description:
        "Where the fact comes from, as exactly as known; never an invented title or address.",
    }),
    note: NoteSchema.optional(),
  })
  .meta({
    id: "ContextNote",
    description:
      "Context from other public reports, cited as context and never as evidence from the sources.",
  });
export type ContextNote = z.infer<typeof ContextNoteSchema>;

export const StorySchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1),
    summary: z
      .string()
      .min(1)
      .meta({ description: "What happened, in brief, in the curator's words." }),
    period: z
      .strictObject({ start: z.iso.date(), end: z.iso.date() })
      .meta({ description: "The span of dates the story's records fall in." }),
    sources: z.array(IdSchema).min(1).meta({ description: "The ids of the story's sources." }),
    note: NoteSchema.optional(),
  })
  .meta({
    id: "Story",
    description: "A news story: its sources and the records curated from them.",
  });
export type Story = z.infer<typeof StorySchema>;
