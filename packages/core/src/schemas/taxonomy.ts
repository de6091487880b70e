import * as z from "zod";

export const PloverCategorySchema = z
  .enum([
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
  ])
  .meta({
    id: "PloverCategory",
    description: "A PLOVER event category (the ontology behind POLECAT).",
  });
export type PloverCategory = z.infer<typeof PloverCategorySchema>;

interface EventTypeDefinition {
  label: string;
  description: string;
  cameo: { code: string; label: string };
  plover: PloverCategory | null;
}

/**
 * The event types, each mapped to its CAMEO code and, where one fits, its PLOVER category, so that
 * records line up with GDELT-style data. Types describe how actors interact, not what about.
 */
export const EVENT_TYPES = {
  "public-statement": {
    label: "Public statement",
    description: "An actor makes a public statement or announcement that is itself the news.",
    cameo: { code: "010", label: "Make statement, not specified below" },
    plover: null,
  },
  "travel-advisory": {
    label: "Travel advisory",
    description: "A government tells its citizens to leave, or not to travel to, a country.",
    cameo: { code: "010", label: "Make statement, not specified below" },
    plover: null,
  },
  consultation: {
    label: "Meeting or consultation",
    description: "Actors meet, visit or talk.",
    cameo: { code: "040", label: "Consult, not specified below" },
    plover: "CONSULT",
  },
  "legislative-resolution": {
    label: "Legislative resolution",
    description: "A legislature adopts a resolution that asks or directs another actor to act.",
    cameo: { code: "100", label: "Demand, not specified below" },
    plover: "REQUEST",
  },
  "demand-withdrawal": {
    label: "Demand for withdrawal",
    description: "An actor formally demands that forces or personnel withdraw.",
    cameo: { code: "106", label: "Demand withdrawal" },
    plover: "REQUEST",
  },
  "summon-diplomat": {
    label: "Diplomat summoned",
    description: "A government summons a foreign diplomat to protest.",
    cameo: { code: "114", label: "Complain officially" },
    plover: "ACCUSE",
  },
  "official-complaint": {
    label: "Official complaint",
    description: "An actor lodges a formal complaint, e.g. with an international body.",
    cameo: { code: "114", label: "Complain officially" },
    plover: "ACCUSE",
  },
  "reduce-military-assistance": {
    label: "Military assistance suspended",
    description:
      "An actor suspends or reduces military training, assistance or operations with a partner.",
    cameo: { code: "1622", label: "Reduce or stop military assistance" },
    plover: "SANCTION",
  },
  "raise-alert": {
    label: "Forces put on alert",
    description: "Forces raise their alert status or take defensive positions.",
    cameo: { code: "152", label: "Increase military alert status" },
    plover: "MOBILIZE",
  },
  "military-deployment": {
    label: "Forces deployed",
    description: "Armed forces are mobilised or deployed.",
    cameo: { code: "154", label: "Mobilize or increase armed forces" },
    plover: "MOBILIZE",
  },
  "withdraw-forces": {
    label: "Forces withdrawn",
    description: "Armed forces withdraw or retreat.",
    cameo: { code: "0874", label: "Retreat or surrender militarily" },
    plover: "RETREAT",
  },
  airstrike: {
    label: "Air or drone strike",
    description: "An attack from the air, by aircraft, drone or missile.",
    cameo: { code: "195", label: "Employ aerial weapons" },
    plover: "ASSAULT",
  },
  "armed-attack": {
    label: "Armed attack",
    description: "An attack with conventional weapons on the ground.",
    cameo: { code: "190", label: "Use conventional military force" },
    plover: "ASSAULT",
  },
  assassination: {
    label: "Assassination",
    description:
      "A targeted killing of a named person, where the record is about the killing itself.",
    cameo: { code: "186", label: "Assassinate" },
    plover: "ASSAULT",
  },
  protest: {
    label: "Protest",
    description: "A demonstration, rally or other public protest.",
    cameo: { code: "140", label: "Engage in political dissent, not specified below" },
    plover: "PROTEST",
  },
  sanction: {
    label: "Sanction",
    description: "An embargo, boycott or sanctions imposed.",
    cameo: { code: "163", label: "Impose embargo, boycott, or sanctions" },
    plover: "SANCTION",
  },
  agreement: {
    label: "Agreement signed",
    description: "Actors sign or conclude a formal agreement.",
    cameo: { code: "057", label: "Sign formal agreement" },
    plover: "AGREE",
  },
} as const satisfies Record<string, EventTypeDefinition>;

export type EventType = keyof typeof EVENT_TYPES;

export const EventTypeSchema = z
  .enum(Object.keys(EVENT_TYPES) as [EventType, ...EventType[]])
  .meta({
    id: "EventType",
    description:
      "The type of an event, from Dossier's taxonomy; each type maps to a CAMEO code and, where one fits, a PLOVER category (see EVENT_TYPES).",
  });

export const EventTypeDefinitionSchema = z
  .strictObject({
    id: EventTypeSchema,
    label: z.string(),
    description: z.string(),
    cameo: z.strictObject({ code: z.string().regex(/^\d{2,4}$/), label: z.string() }),
    plover: PloverCategorySchema.nullable(),
  })
  .meta({
    id: "EventTypeDefinition",
    description: "One type of the event taxonomy, with its CAMEO and PLOVER mapping.",
  });
export type EventTypeDefinitionRecord = z.infer<typeof EventTypeDefinitionSchema>;

export function eventTypeDefinitions(): EventTypeDefinitionRecord[] {
  return Object.entries(EVENT_TYPES).map(([id, def]) => ({ id: id as EventType, ...def }));
}
