import type {
  ActorInputSchema,
  AttestationInputSchema,
  OccasionKind,
  StatementInputSchema,
} from "@dossier/core";
import type * as z from "zod";
import type { StatementSuggestion } from "../suggest/statements.js";
import type { Span } from "../suggest/text.js";

/** A quote inside a record that names its source: the words, and which occurrence when they recur. */
export type QuoteInput = { quote: string; occurrence?: number; note?: string };

/** A statement as curators write it (core's input schema; the folder gives its story). */
export type StatementRecord = Omit<z.input<typeof StatementInputSchema>, "story">;
export type AttestationRecord = z.input<typeof AttestationInputSchema>;

/** The words at a span, with the occurrence number the checks need when they recur. */
export function quoteAt(text: string, span: Span): QuoteInput {
  const quote = text.slice(span.start, span.end);
  let count = 0;
  let nth = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    count++;
    if (at === span.start) nth = count;
  }
  return count > 1 ? { quote, occurrence: nth } : { quote };
}

/** A date from a suggestion, with the resolution a reader needs to check it. */
export function dateFor(
  s: StatementSuggestion,
  source: string,
  published: string | undefined,
  text?: string,
): StatementRecord["date"] | undefined {
  if (s.date) {
    // the date's words, with their occurrence where they recur ("on Monday" often does)
    const words =
      text !== undefined && text.slice(s.date.start, s.date.end) === s.date.words
        ? quoteAt(text, s.date)
        : { quote: s.date.words };
    const anchor = published ? `the publication date, ${published}` : "the report's date";
    return {
      value: s.date.value,
      precision: s.date.precision,
      ...(s.date.partOfDay ? { partOfDay: s.date.partOfDay } : {}),
      resolution: {
        basis: "relative" as const,
        words: [{ source, ...words }],
        anchor,
        reasoning: `"${s.date.words}" read against ${anchor}.`,
      },
    };
  }
  if (!published) return undefined;
  return {
    value: published,
    precision: "day" as const,
    resolution: {
      basis: "publication" as const,
      reasoning: `Reported on the publication date, ${published}; the text gives no other date.`,
    },
  };
}

/** Turns an accepted suggestion into a statement record; the curator supplies id and gist. */
export function statementFromSuggestion(
  s: StatementSuggestion,
  input: { id: string; gist: string; source: string; text: string; published?: string | undefined },
): Omit<StatementRecord, "date"> & { date?: StatementRecord["date"] } {
  const attestation: AttestationRecord = {
    source: input.source,
    quotation: s.quotation,
    attribution: s.attribution,
    evidence: s.evidence.map((e) => quoteAt(input.text, e)),
  };
  if (s.speaker.start !== undefined && s.speaker.end !== undefined) {
    attestation.speakerName = quoteAt(input.text, { start: s.speaker.start, end: s.speaker.end });
  }
  if (s.cueSpan) attestation.cue = quoteAt(input.text, s.cueSpan);
  if (s.occasion)
    attestation.occasion = {
      kind: s.occasion.kind as OccasionKind,
      words: quoteAt(input.text, s.occasion),
    };
  const date = dateFor(s, input.source, input.published, input.text);
  return {
    id: input.id,
    speaker: s.speaker.actor,
    act: s.act,
    gist: input.gist,
    ...(date ? { date } : {}),
    addressees: [],
    targets: [],
    mentions: [],
    about: [],
    attestations: [attestation],
  };
}

/** A lowercase-hyphen id from words, unique among those taken (the id rule is a few lines, not a dependency). */
export function uniqueId(prefix: string, words: string, taken: ReadonlySet<string>): string {
  const slug = words
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .split("-")
    .filter(Boolean)
    .slice(0, 5)
    .join("-");
  // an actor's id is its name alone; records' ids start with their kind (st-, ev-)
  const base = prefix ? `${prefix}-${slug || "record"}` : slug || "record";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export type ActorRecord = z.input<typeof ActorInputSchema>;

/**
 * A new actor as core's input schema has it, its first alias the words that name it in a source,
 * so the check finds the name where the curator saw it.
 */
export function actorFromName(input: {
  id: string;
  name: string;
  kind: string;
  description: string;
  source: string;
  words?: QuoteInput | undefined;
  variant?: string | undefined;
}): ActorRecord {
  return {
    id: input.id,
    name: input.name,
    kind: input.kind as ActorRecord["kind"],
    description: input.description,
    aliases: input.words
      ? [
          {
            name: input.words.quote,
            variant: (input.variant ||
              (input.words.quote === input.name ? "standard" : "descriptive")) as "standard",
            evidence: [{ source: input.source, ...input.words }],
          },
        ]
      : [],
  };
}
