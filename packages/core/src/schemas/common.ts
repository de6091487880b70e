import * as z from "zod";

export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "ids are lowercase words joined by hyphens, like 'iraq-parliament'",
  )
  .meta({
    id: "Id",
    description:
      "A stable identifier: lowercase ASCII words joined by hyphens. Unique across the whole dataset.",
    examples: ["adil-abdul-mahdi"],
  });

export const LanguageSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/, "a BCP 47 language tag like 'en' or 'ar'")
  .meta({ id: "Language", description: "A BCP 47 language tag.", examples: ["en", "ar"] });

export const NoteSchema = z
  .string()
  .min(1)
  .meta({ description: "A curator's note, in plain prose." });

/** A value the record either knows, thinks likely, or admits not to know: never invented. */
export function attested<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion("status", [
    z.strictObject({
      status: z.literal("known").meta({ description: "Established from the material itself." }),
      value,
      note: NoteSchema.optional(),
    }),
    z.strictObject({
      status: z
        .literal("likely")
        .meta({ description: "Probable, not established; the note says why." }),
      value,
      note: NoteSchema,
    }),
    z.strictObject({
      status: z
        .literal("unknown")
        .meta({ description: "Not known; the note says what was looked for." }),
      note: NoteSchema,
    }),
  ]);
}

export const RecordKindSchema = z
  .enum([
    "source",
    "actor",
    "place",
    "event",
    "statement",
    "framing",
    "discrepancy",
    "story",
    "context",
  ])
  .meta({ id: "RecordKind", description: "The kind of a record in the dataset." });
export type RecordKind = z.infer<typeof RecordKindSchema>;

export const RecordRefSchema = z
  .strictObject({
    kind: RecordKindSchema,
    id: IdSchema,
  })
  .meta({ id: "RecordRef", description: "A reference to another record by kind and id." });
export type RecordRef = z.infer<typeof RecordRefSchema>;
