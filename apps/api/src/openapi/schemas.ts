import {
  ActorSchema,
  NewsEventSchema,
  PlaceSchema,
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
      mentions: z.array(ActorSchema).optional(),
      about: z.array(NewsEventSchema).optional(),
      communication: NewsEventSchema.nullable().optional().meta({
        description: "The act of communication it was made in; null when none is recorded.",
      }),
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
      claims: z
        .array(StatementSchema)
        .optional()
        .meta({ description: "The statements through which sources report this event." }),
      said: z
        .array(StatementSchema)
        .optional()
        .meta({ description: "For an act of communication, the statements made in it." }),
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

// the shapes of query results are core's own schemas
export {
  AnnotationSchema,
  CoverageRowSchema,
  EventTypeDefinitionSchema,
  SearchHitSchema,
  SegmentSchema,
  SourceComparisonSchema,
  SourceSchema,
  TimelineEntrySchema,
} from "@dossier/core";
