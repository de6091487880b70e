import * as z from "zod";
import { IdSchema, RecordRefSchema } from "./common.js";
import { DiscrepancySchema } from "./discrepancy.js";
import { NewsEventSchema } from "./event.js";
import { EvidenceSchema } from "./evidence.js";
import { FramingSchema } from "./framing.js";
import { SourceSchema } from "./source.js";
import { StatementSchema } from "./statement.js";

// the shapes the queries return, as schemas, so the API documents exactly what core computes

export const AnnotationSchema = z
  .strictObject({
    start: z
      .int()
      .min(0)
      .meta({ description: "Offset of the span's first character (UTF-16 code units)." }),
    end: z.int().min(0).meta({ description: "Offset just past the span's last character." }),
    ref: RecordRefSchema,
    label: z.string().meta({ description: "A human label for the record." }),
    role: z
      .enum([
        "evidence",
        "speaker-name",
        "cue",
        "occasion",
        "date",
        "alias",
        "mention",
        "framing",
        "discrepancy",
      ])
      .meta({
        description:
          "Which part of the record the words ground: its evidence; for a statement, the name a source gives the speaker, its reporting cue or the occasion; a date; an alias; a mention; a framing term; a side of a discrepancy.",
      }),
  })
  .meta({
    id: "Annotation",
    description: "One evidence span of a source and the record it grounds.",
  });
export type Annotation = z.infer<typeof AnnotationSchema>;

export const SegmentSchema = z
  .strictObject({
    start: z.int().min(0),
    end: z.int().min(0),
    text: z.string().meta({ description: "The source's text from start to end, verbatim." }),
    annotations: z.array(AnnotationSchema).meta({ description: "The spans covering this piece." }),
  })
  .meta({
    id: "Segment",
    description:
      "A piece of a source's text between two annotation boundaries; the pieces in order give back the text exactly.",
  });
export type Segment = z.infer<typeof SegmentSchema>;

export const CoverageRowSchema = z
  .strictObject({
    ref: RecordRefSchema,
    title: z.string(),
    bySource: z.record(IdSchema, z.array(EvidenceSchema)).meta({
      description:
        "For each source id, its words for the record (empty when it does not carry it).",
    }),
    how: z.record(IdSchema, z.string().nullable()).meta({
      description:
        "For each source id, how it carries the record: a statement's quotation (direct, partial, indirect, paraphrase), an event's factuality (happened, claimed, ...); null when it does not carry it.",
    }),
  })
  .meta({
    id: "CoverageRow",
    description:
      "A record and the evidence each source gives for it: a row of the coverage matrix.",
  });
export type CoverageRow = z.infer<typeof CoverageRowSchema>;

export const SourceComparisonSchema = z
  .strictObject({
    sources: z.array(SourceSchema),
    rows: z
      .array(CoverageRowSchema)
      .meta({ description: "Every record any of the sources carries." }),
    shared: z
      .array(CoverageRowSchema)
      .meta({ description: "Records every compared source carries." }),
    onlyIn: z
      .record(IdSchema, z.array(CoverageRowSchema))
      .meta({ description: "For each source, the records it alone carries." }),
    framings: z.array(FramingSchema).meta({ description: "How the sources name the same things." }),
    discrepancies: z.array(DiscrepancySchema).meta({ description: "Where the sources differ." }),
  })
  .meta({
    id: "SourceComparison",
    description:
      "Sources side by side: what each carries, how each names things, where they differ.",
  });
export type SourceComparison = z.infer<typeof SourceComparisonSchema>;

export const SearchHitSchema = z
  .strictObject({
    ref: RecordRefSchema,
    title: z.string(),
    snippet: z
      .string()
      .meta({ description: "The best-matching words of the record, quotes first." }),
    score: z.number().meta({ description: "Relevance; higher is better." }),
    story: IdSchema.optional(),
  })
  .meta({ id: "SearchHit", description: "A record matching a search, ranked." });
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const TimelineEntrySchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("event"), record: NewsEventSchema }),
    z.strictObject({ kind: z.literal("statement"), record: StatementSchema }),
  ])
  .meta({ id: "TimelineEntry", description: "An event or a statement, in date order." });
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const CoverageCellSchema = z
  .strictObject({
    source: IdSchema,
    how: z.string().nullable().meta({
      description:
        "How the source carries the record (a quotation or a factuality, as in CoverageRow.how); null when it does not carry it.",
    }),
    evidence: z.int().min(0).meta({ description: "How many passages of the source ground it." }),
    disagreements: z
      .array(z.strictObject({ id: IdSchema, kind: z.string(), title: z.string() }))
      .meta({
        description:
          "The discrepancies about this record in which this source takes a side, its silence included.",
      }),
  })
  .meta({ id: "CoverageCell", description: "One source's take on one record." });
export type CoverageCell = z.infer<typeof CoverageCellSchema>;

export const CoverageMatrixSchema = z
  .strictObject({
    sources: z.array(IdSchema).meta({ description: "The columns, in the order asked for." }),
    rows: z
      .array(
        z.strictObject({
          ref: RecordRefSchema,
          title: z.string(),
          cells: z.array(CoverageCellSchema).meta({ description: "One per source, in order." }),
        }),
      )
      .meta({ description: "Every record any of the sources carries, in chronological order." }),
  })
  .meta({
    id: "CoverageMatrix",
    description:
      "Records by sources: which source carries each event and statement, how, and where they disagree.",
  });
export type CoverageMatrix = z.infer<typeof CoverageMatrixSchema>;

export const TimelineLaneSchema = z
  .strictObject({
    key: z.string().meta({ description: "'event', 'statement', an actor id, or 'unattributed'." }),
    label: z.string(),
    entries: z.array(TimelineEntrySchema),
  })
  .meta({
    id: "TimelineLane",
    description: "One row of a timeline chart: the entries of one kind, or of one speaker.",
  });
export type TimelineLane = z.infer<typeof TimelineLaneSchema>;
