import { OccasionKindSchema, SpeechActSchema } from "@dossier/core";
import * as z from "zod";

/**
 * The statement input format curators write, with attestations (the model issue's shape). Core's
 * schema for it takes over once it lands; until then this one checks what the studio writes.
 */
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase words joined by hyphens");
const Quote = z.strictObject({
  quote: z.string().min(1),
  occurrence: z.int().min(1).optional(),
  note: z.string().min(1).optional(),
});

export const AttestationInputSchema = z.strictObject({
  source: Id,
  quotation: z.enum(["direct", "partial", "indirect", "paraphrase"]),
  attribution: z.enum(["named", "unnamed", "outlet", "none"]),
  speakerName: Quote.optional(),
  cue: Quote.optional(),
  occasion: z.strictObject({ kind: OccasionKindSchema, words: Quote.optional() }).optional(),
  evidence: z.array(Quote).min(1),
});

export const StatementRecordSchema = z.strictObject({
  id: Id,
  speaker: Id.nullable(),
  act: SpeechActSchema,
  gist: z.string().min(1),
  date: z.record(z.string(), z.unknown()),
  communication: Id.optional(),
  addressees: z.array(Id),
  targets: z.array(Id),
  mentions: z.array(Id),
  about: z.array(Id),
  attestations: z.array(AttestationInputSchema).min(1),
  note: z.string().min(1).optional(),
});
