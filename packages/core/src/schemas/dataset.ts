import * as z from "zod";
import { ActorSchema } from "./actor.js";
import { DiscrepancySchema } from "./discrepancy.js";
import { NewsEventSchema } from "./event.js";
import { FramingSchema } from "./framing.js";
import { PlaceSchema } from "./place.js";
import { SourceSchema } from "./source.js";
import { StatementSchema } from "./statement.js";
import { ContextNoteSchema, StorySchema } from "./story.js";

export const DatasetSchema = z
  .strictObject({
    version: z.literal(2).meta({
      description:
        "The format's edition: 2 gives statements and events one attestation per source.",
    }),
    stories: z.array(StorySchema),
    sources: z.array(SourceSchema),
    actors: z.array(ActorSchema),
    places: z.array(PlaceSchema),
    events: z.array(NewsEventSchema),
    statements: z.array(StatementSchema),
    framings: z.array(FramingSchema),
    discrepancies: z.array(DiscrepancySchema),
    context: z.array(ContextNoteSchema),
  })
  .meta({
    id: "Dataset",
    description: "Every record of Dossier, checked and with evidence spans resolved.",
  });
export type Dataset = z.infer<typeof DatasetSchema>;
