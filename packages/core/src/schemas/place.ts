import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";
import { EvidenceSchema } from "./evidence.js";

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

export const PlaceSchema = z
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
      .array(EvidenceSchema)
      .default([])
      .meta({ description: "Where the sources name this place." }),
    note: NoteSchema.optional(),
  })
  .meta({ id: "Place", description: "A place where events happen." });
export type Place = z.infer<typeof PlaceSchema>;
