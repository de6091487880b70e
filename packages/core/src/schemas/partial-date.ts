import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";
import { EvidenceSchema } from "./evidence.js";

export const DatePrecisionSchema = z
  .enum(["year", "month", "day", "time"])
  .meta({ id: "DatePrecision", description: "How much of the date is known." });
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

export const PartOfDaySchema = z
  .enum(["early-morning", "morning", "afternoon", "evening", "night"])
  .meta({
    id: "PartOfDay",
    description: "The part of the day, where a day-precision date says that much more.",
  });
export type PartOfDay = z.infer<typeof PartOfDaySchema>;

export const PeriodPartSchema = z.enum(["early", "mid", "late"]).meta({
  id: "PeriodPart",
  description: "The part of a month or year, where only that much is known.",
});
export type PeriodPart = z.infer<typeof PeriodPartSchema>;

export const DateResolutionSchema = z
  .strictObject({
    basis: z.enum(["explicit", "relative", "context", "publication"]).meta({
      description:
        "explicit: the text states the date; relative: words like 'on Sunday' resolved against an anchor; context: a cited context note; publication: the report's own date.",
    }),
    words: z.array(EvidenceSchema).default([]).meta({
      description: "The words in the sources that place the record in time ('on Friday morning').",
    }),
    anchor: z.string().min(1).optional().meta({
      description:
        "What relative words were resolved against, e.g. 'the publication date, 2020-01-05'.",
    }),
    context: z
      .array(IdSchema)
      .default([])
      .meta({ description: "Ids of the context notes the date rests on." }),
    reasoning: NoteSchema.meta({
      description: "How the date was worked out, in the curator's words.",
    }),
  })
  .meta({
    id: "DateResolution",
    description: "How a date was resolved, so a reader can check the reasoning.",
  });
export type DateResolution = z.infer<typeof DateResolutionSchema>;

export const PartialDateSchema = z
  .strictObject({
    value: z.string().meta({
      description:
        "ISO 8601, exactly as precise as `precision`: '2020', '2020-01', '2020-01-05', or '2020-01-03T00:30' for time.",
      examples: ["2020-01-05"],
    }),
    precision: DatePrecisionSchema,
    partOfDay: PartOfDaySchema.optional(),
    periodPart: PeriodPartSchema.optional(),
    approximate: z
      .boolean()
      .default(false)
      .meta({ description: "True when the date is an estimate." }),
    resolution: DateResolutionSchema,
  })
  .meta({
    id: "PartialDate",
    description: "A date known to some precision, with how it was worked out.",
  });
export type PartialDate = z.infer<typeof PartialDateSchema>;
