import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as z from "zod";
import * as schemas from "./schemas/index.js";

/** The entities that get a JSON Schema file of their own, for users in other languages. */
export const ENTITY_SCHEMAS = {
  Dataset: schemas.DatasetSchema,
  Story: schemas.StorySchema,
  Source: schemas.SourceSchema,
  Actor: schemas.ActorSchema,
  Place: schemas.PlaceSchema,
  NewsEvent: schemas.NewsEventSchema,
  Statement: schemas.StatementSchema,
  Framing: schemas.FramingSchema,
  Discrepancy: schemas.DiscrepancySchema,
  ContextNote: schemas.ContextNoteSchema,
  Evidence: schemas.EvidenceSchema,
  PartialDate: schemas.PartialDateSchema,
  // what curators write, for editors that check YAML against a JSON Schema
  SourceInput: schemas.SourceInputSchema,
  ActorInput: schemas.ActorInputSchema,
  PlaceInput: schemas.PlaceInputSchema,
  NewsEventInput: schemas.NewsEventInputSchema,
  StatementInput: schemas.StatementInputSchema,
  FramingInput: schemas.FramingInputSchema,
  DiscrepancyInput: schemas.DiscrepancyInputSchema,
} as const;

export function entityJsonSchema(name: keyof typeof ENTITY_SCHEMAS): Record<string, unknown> {
  return z.toJSONSchema(ENTITY_SCHEMAS[name], {
    target: "draft-2020-12",
    // an input schema describes what is written, where defaults may be left out
    io: name.endsWith("Input") ? "input" : "output",
  }) as Record<string, unknown>;
}

export async function writeJsonSchemas(dir: string) {
  await mkdir(dir, { recursive: true });
  for (const name of Object.keys(ENTITY_SCHEMAS) as (keyof typeof ENTITY_SCHEMAS)[]) {
    await writeFile(
      join(dir, `${name}.schema.json`),
      `${JSON.stringify(entityJsonSchema(name), null, 2)}\n`,
    );
  }
}
