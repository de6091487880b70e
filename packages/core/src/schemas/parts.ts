import { EvidenceInputSchema, EvidenceSchema, QuoteInputSchema } from "./evidence.js";
import { PartialDateInputSchema, PartialDateSchema } from "./partial-date.js";

/**
 * Each record has two shapes: what a curator writes (quotes without offsets, dates without bounds)
 * and what the build emits (anchored evidence, dated bounds). Record schemas are built from one of
 * these sets of parts, so the two shapes cannot drift apart.
 */
export const INPUT_PARTS = {
  evidence: EvidenceInputSchema,
  quote: QuoteInputSchema,
  date: PartialDateInputSchema,
} as const;
export const COMPILED_PARTS = {
  evidence: EvidenceSchema,
  quote: EvidenceSchema,
  date: PartialDateSchema,
} as const;
