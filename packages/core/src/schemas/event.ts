import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";
import { EvidenceSchema } from "./evidence.js";
import { PartialDateSchema } from "./partial-date.js";
import { EventTypeSchema } from "./taxonomy.js";

export const ParticipantRoleSchema = z
  .enum(["agent", "target", "victim", "addressee", "beneficiary", "mediator", "participant"])
  .meta({ id: "ParticipantRole", description: "The part an actor plays in an event." });
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

export const ParticipantSchema = z
  .strictObject({
    actor: IdSchema,
    role: ParticipantRoleSchema,
    note: NoteSchema.optional(),
  })
  .meta({ id: "Participant", description: "An actor and the part it plays in an event." });
export type Participant = z.infer<typeof ParticipantSchema>;

export const EventRelationTypeSchema = z
  .enum(["caused-by", "response-to", "part-of", "follows"])
  .meta({ id: "EventRelationType", description: "How this event relates to another." });

export const EventRelationSchema = z
  .strictObject({
    type: EventRelationTypeSchema,
    event: IdSchema,
    note: NoteSchema.optional(),
  })
  .meta({ id: "EventRelation", description: "A link from this event to another event." });
export type EventRelation = z.infer<typeof EventRelationSchema>;

export const NewsEventSchema = z
  .strictObject({
    id: IdSchema,
    story: IdSchema,
    type: EventTypeSchema,
    title: z.string().min(1).meta({ description: "A short title in the curator's neutral words." }),
    summary: z
      .string()
      .min(1)
      .meta({ description: "What happened, in the curator's neutral words." }),
    date: PartialDateSchema,
    place: IdSchema.optional(),
    participants: z.array(ParticipantSchema).default([]),
    relations: z.array(EventRelationSchema).default([]),
    claimedIn: z.array(IdSchema).default([]).meta({
      description:
        "Statements through which alone the sources know of this event (it is an actor's claim, not the outlet's report).",
    }),
    context: z
      .array(IdSchema)
      .default([])
      .meta({ description: "Context notes the record draws on." }),
    evidence: z.array(EvidenceSchema).meta({ description: "The sources' words for this event." }),
    note: NoteSchema.optional(),
  })
  .meta({
    id: "NewsEvent",
    description: "Something that happened: typed, dated, placed, with who took part.",
  });
export type NewsEvent = z.infer<typeof NewsEventSchema>;
