import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";
import { COMPILED_PARTS, INPUT_PARTS } from "./parts.js";
import { OccasionKindSchema } from "./statement.js";
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

export const FactualitySchema = z
  .enum(["happened", "claimed", "planned", "demanded", "hypothetical", "denied"])
  .meta({
    id: "Factuality",
    description:
      "How a source reports an event: as having happened (in its own voice); as a speaker's claim; as planned, demanded or hypothetical; or as denied.",
  });
export type Factuality = z.infer<typeof FactualitySchema>;

function eventAttestationSchema<Q extends z.ZodType>(quote: Q, id: string) {
  return z
    .strictObject({
      source: IdSchema.meta({ description: "The source that reports the event." }),
      factuality: FactualitySchema,
      by: IdSchema.optional().meta({
        description:
          "Whose claim, plan, demand or denial it is, where the source does not report the event in its own voice.",
      }),
      statement: IdSchema.optional().meta({
        description: "The statement through which the source reports the event.",
      }),
      evidence: z.array(quote).min(1).meta({ description: "This source's words for the event." }),
      note: NoteSchema.optional(),
    })
    .meta({
      id,
      description:
        "One source's report of an event, with how factual it presents it and whose word it is.",
    });
}

export const EventAttestationInputSchema = eventAttestationSchema(
  INPUT_PARTS.quote,
  "EventAttestationInput",
);
export const EventAttestationSchema = eventAttestationSchema(
  COMPILED_PARTS.quote,
  "EventAttestation",
);
export type EventAttestation = z.infer<typeof EventAttestationSchema>;

function eventSchema<D extends z.ZodType, A extends z.ZodType>(
  date: D,
  id: string,
  attestation: A,
) {
  return z
    .strictObject({
      id: IdSchema,
      story: IdSchema,
      type: EventTypeSchema,
      title: z
        .string()
        .min(1)
        .meta({ description: "A short title in the curator's neutral words." }),
      summary: z
        .string()
        .min(1)
        .meta({ description: "What happened, in the curator's neutral words." }),
      date: date,
      place: IdSchema.optional(),
      medium: OccasionKindSchema.optional().meta({
        description:
          "For an act of communication (a letter, a tweet, a speech), how it was made; its statements point to it.",
      }),
      participants: z.array(ParticipantSchema).default([]),
      relations: z.array(EventRelationSchema).default([]),
      context: z
        .array(IdSchema)
        .default([])
        .meta({ description: "Context notes the record draws on." }),
      attestations: z.array(attestation).min(1).meta({
        description: "Each source that reports the event, and how.",
      }),
      note: NoteSchema.optional(),
    })
    .meta({
      id,
      description:
        "Something that happened, or is claimed, planned or demanded: typed, dated, placed, with who took part and how each source reports it.",
    });
}

export const NewsEventInputSchema = eventSchema(
  INPUT_PARTS.date,
  "NewsEventInput",
  EventAttestationInputSchema,
);
export type NewsEventInput = z.infer<typeof NewsEventInputSchema>;
export const NewsEventSchema = eventSchema(
  COMPILED_PARTS.date,
  "NewsEvent",
  EventAttestationSchema,
);
export type NewsEvent = z.infer<typeof NewsEventSchema>;
