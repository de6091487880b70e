import type { RecordRef } from "@dossier/core";
import { dataset } from "./data";

const same = (a: RecordRef, b: RecordRef) => a.kind === b.kind && a.id === b.id;

/** Framings whose referent is this record. */
export function relatedFramings(ref: RecordRef) {
  return dataset.framings.filter((f) => same(f.referent, ref));
}

/** Discrepancies that concern this record. */
export function relatedDiscrepancies(ref: RecordRef) {
  return dataset.discrepancies.filter((d) => d.about.some((r) => same(r, ref)));
}

export const ROLE_LABEL = {
  agent: "acted",
  target: "was targeted",
  victim: "victim",
  addressee: "was addressed",
  beneficiary: "beneficiary",
  mediator: "mediator",
  participant: "took part",
} as const;

export const RELATION_LABEL = {
  "caused-by": "caused by",
  "response-to": "in response to",
  "part-of": "part of",
  follows: "follows",
} as const;

/** The same link read from the other end: B "caused-by" A shows on A as "led to" B. */
export const INVERSE_RELATION_LABEL = {
  "caused-by": "led to",
  "response-to": "drew in response",
  "part-of": "includes",
  follows: "followed by",
} as const;
