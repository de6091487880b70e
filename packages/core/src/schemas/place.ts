import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";
import { COMPILED_PARTS, INPUT_PARTS } from "./parts.js";

export const PlaceKindSchema = z
  .enum([
    "country",
    "region",
    "province",
    "city",
    "town",
    "district",
    "site",
    "facility",
    "airport",
  ])
  .meta({ id: "PlaceKind", description: "What sort of place this is." });
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

function placeSchema<E extends z.ZodType>(evidence: E, id: string) {
  return z
    .strictObject({
      id: IdSchema,
      name: z.string().min(1),
      kind: PlaceKindSchema,
      within: IdSchema.optional().meta({ description: "The place this one lies in." }),
      coordinates: z
        .strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
        .optional()
        .meta({ description: "WGS 84 latitude and longitude of a representative point." }),
      mentions: z
        .array(evidence)
        .default([])
        .meta({ description: "Where the sources name this place." }),
      note: NoteSchema.optional(),
    })
    .meta({ id, description: "A place where events happen." });
}
export const PlaceInputSchema = placeSchema(INPUT_PARTS.evidence, "PlaceInput");
export type PlaceInput = z.infer<typeof PlaceInputSchema>;
export const PlaceSchema = placeSchema(COMPILED_PARTS.evidence, "Place");
export type Place = z.infer<typeof PlaceSchema>;
