import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";
import { COMPILED_PARTS, INPUT_PARTS } from "./parts.js";

export const ActorKindSchema = z
  .enum([
    "person",
    "state",
    "government",
    "ministry",
    "legislature",
    "diplomatic-mission",
    "armed-forces",
    "armed-group",
    "military-coalition",
    "international-organisation",
    "political-movement",
    "political-party",
    "media",
    "population",
  ])
  .meta({
    id: "ActorKind",
    description:
      "What sort of actor this is; a population is a group of people named as a whole ('American civilians').",
  });
export type ActorKind = z.infer<typeof ActorKindSchema>;

function roleSchema<E extends z.ZodType>(evidence: E, id: string) {
  return z
    .strictObject({
      title: z.string().min(1).meta({ description: "The role, e.g. 'caretaker prime minister'." }),
      of: IdSchema.optional().meta({
        description: "The actor the role belongs to (a government, a movement).",
      }),
      from: z
        .string()
        .optional()
        .meta({ description: "When the role began, ISO 8601 to any precision." }),
      to: z
        .string()
        .optional()
        .meta({ description: "When the role ended, ISO 8601 to any precision." }),
      evidence: z
        .array(evidence)
        .default([])
        .meta({ description: "Where the sources give this role." }),
      context: z
        .array(IdSchema)
        .default([])
        .meta({ description: "Context notes the role rests on." }),
      note: NoteSchema.optional(),
    })
    .meta({
      id,
      description: "A position an actor holds, grounded in the sources or in context.",
    });
}
export const ActorRoleInputSchema = roleSchema(INPUT_PARTS.evidence, "ActorRoleInput");
export const ActorRoleSchema = roleSchema(COMPILED_PARTS.evidence, "ActorRole");
export type ActorRole = z.infer<typeof ActorRoleSchema>;

export const AliasVariantSchema = z
  .enum([
    "standard",
    "transliteration",
    "short-form",
    "descriptive",
    "misnomer",
    "misspelling",
    "mistranslation",
  ])
  .meta({
    id: "AliasVariant",
    description:
      "How a source's form relates to the actor's name: a correct form, another transliteration, a short or descriptive form, a misnomer (a wrong form, like a truncated compound name), or a slip (misspelling, mistranslation).",
  });
export type AliasVariant = z.infer<typeof AliasVariantSchema>;

function aliasSchema<E extends z.ZodType>(evidence: E, id: string) {
  return z
    .strictObject({
      name: z.string().min(1).meta({ description: "The form exactly as the sources write it." }),
      variant: AliasVariantSchema,
      evidence: z.array(evidence).min(1).meta({ description: "Where the sources use this form." }),
      note: NoteSchema.optional(),
    })
    .meta({ id, description: "A name a source uses for an actor, with where it uses it." });
}
export const AliasInputSchema = aliasSchema(INPUT_PARTS.evidence, "AliasInput");
export const AliasSchema = aliasSchema(COMPILED_PARTS.evidence, "Alias");
export type Alias = z.infer<typeof AliasSchema>;

function actorSchema<R extends z.ZodType, A extends z.ZodType>(role: R, alias: A, id: string) {
  return z
    .strictObject({
      id: IdSchema,
      name: z
        .string()
        .min(1)
        .meta({ description: "The name the record uses, in a standard romanisation." }),
      kind: ActorKindSchema,
      description: z.string().min(1).meta({ description: "Who or what this is, in a sentence." }),
      memberOf: z.array(IdSchema).default([]).meta({ description: "Actors this one is part of." }),
      roles: z.array(role).default([]),
      aliases: z.array(alias).default([]),
      externalIds: z
        .strictObject({
          wikidata: z
            .string()
            .regex(/^Q\d+$/)
            .optional(),
        })
        .default({})
        .meta({ description: "Identifiers in other datasets, only where verified." }),
      note: NoteSchema.optional(),
    })
    .meta({
      id,
      description: "A person, organisation or population that acts, speaks or is acted upon.",
    });
}
export const ActorInputSchema = actorSchema(ActorRoleInputSchema, AliasInputSchema, "ActorInput");
export type ActorInput = z.infer<typeof ActorInputSchema>;
export const ActorSchema = actorSchema(ActorRoleSchema, AliasSchema, "Actor");
export type Actor = z.infer<typeof ActorSchema>;
