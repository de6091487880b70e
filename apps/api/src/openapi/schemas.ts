import {
  ActorSchema,
  type Annotation,
  type CoverageRow,
  DiscrepancySchema,
  EventTypeDefinitionSchema,
  EvidenceSchema,
  FramingSchema,
  IdSchema,
  NewsEventSchema,
  PlaceSchema,
  RecordRefSchema,
  type SearchHit,
  type Segment,
  SourceSchema,
  StatementSchema,
  StorySchema,
} from "@dossier/core";
import { z } from "@hono/zod-openapi";
import { PageSchema } from "../http/pagination.js";

// records come from core's schemas as they are; these add only what the API puts around them

export const StatementItemSchema = StatementSchema.extend({
  expanded: z
    .strictObject({
      speaker: ActorSchema.nullable()
        .optional()
        .meta({ description: "The speaker; null when unattributed." }),
      addressees: z.array(ActorSchema).optional(),
      targets: z.array(ActorSchema).optional(),
      about: z.array(NewsEventSchema).optional(),
    })
    .optional()
    .meta({ description: "The related records asked for with `expand`." }),
}).meta({
  id: "StatementItem",
  description: "A statement, with the related records asked for with `expand`.",
});

export const NewsEventItemSchema = NewsEventSchema.extend({
  expanded: z
    .strictObject({
      place: PlaceSchema.nullable()
        .optional()
        .meta({ description: "The place; null when none is recorded." }),
      participants: z.array(ActorSchema).optional(),
      claimedIn: z.array(StatementSchema).optional(),
      statements: z
        .array(StatementSchema)
        .optional()
        .meta({ description: "Statements about this event." }),
    })
    .optional()
    .meta({ description: "The related records asked for with `expand`." }),
}).meta({
  id: "NewsEventItem",
  description: "An event, with the related records asked for with `expand`.",
});

export const ActorItemSchema = ActorSchema.extend({
  expanded: z
    .strictObject({
      memberOf: z.array(ActorSchema).optional(),
      members: z.array(ActorSchema).optional(),
    })
    .optional()
    .meta({ description: "The related records asked for with `expand`." }),
}).meta({
  id: "ActorItem",
  description: "An actor, with the related records asked for with `expand`.",
});

export const PlaceItemSchema = PlaceSchema.extend({
  expanded: z
    .strictObject({ within: PlaceSchema.nullable().optional() })
    .optional()
    .meta({ description: "The related records asked for with `expand`." }),
}).meta({
  id: "PlaceItem",
  description: "A place, with the related records asked for with `expand`.",
});

export const StoryItemSchema = StorySchema.extend({
  expanded: z
    .strictObject({ sources: z.array(SourceSchema).optional() })
    .optional()
    .meta({ description: "The related records asked for with `expand`." }),
}).meta({
  id: "StoryItem",
  description: "A story, with the related records asked for with `expand`.",
});

// core exports these shapes as TypeScript types only; each `Conforms` fails to compile if core's type drifts from the schema
type Conforms<Schema, _Core extends Schema> = true;

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
      .enum(["evidence", "date", "alias", "mention", "framing", "discrepancy"])
      .meta({ description: "Which part of the record the words ground." }),
  })
  .meta({
    id: "Annotation",
    description: "One evidence span of a source and the record it grounds.",
  });
export type AnnotationConforms = Conforms<z.infer<typeof AnnotationSchema>, Annotation>;

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
export type SegmentConforms = Conforms<z.infer<typeof SegmentSchema>, Segment>;

export const CoverageRowSchema = z
  .strictObject({
    ref: RecordRefSchema,
    title: z.string(),
    bySource: z.record(IdSchema, z.array(EvidenceSchema)).meta({
      description:
        "For each source id, its words for the record (empty when it does not carry it).",
    }),
  })
  .meta({ id: "CoverageRow", description: "A record and the evidence each source gives for it." });
export type CoverageRowConforms = Conforms<z.infer<typeof CoverageRowSchema>, CoverageRow>;

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
export type SearchHitConforms = Conforms<z.infer<typeof SearchHitSchema>, SearchHit>;

export const TimelineEntrySchema = z
  .discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("event"), record: NewsEventSchema }),
    z.strictObject({ kind: z.literal("statement"), record: StatementSchema }),
  ])
  .meta({
    id: "TimelineEntry",
    description: "An event or a statement, in the story's date order.",
  });

export const HealthSchema = z
  .strictObject({
    status: z.literal("ok"),
    dataset: z.strictObject({
      fingerprint: z.string().meta({ description: "Changes whenever the dataset does." }),
      counts: z
        .record(z.string(), z.int())
        .meta({ description: "How many records of each kind are served." }),
    }),
  })
  .meta({ id: "Health", description: "The service is up and serving this dataset." });

/** the one envelope of every list: the records of this page, and where the page stands */
export function pageOf<T extends z.ZodType>(item: T, id: string, what: string) {
  return z
    .strictObject({
      data: z.array(item).meta({ description: `The ${what} on this page.` }),
      page: PageSchema,
    })
    .meta({ id, description: `A page of ${what}.` });
}

export { EventTypeDefinitionSchema, SourceSchema };
