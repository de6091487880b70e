import * as z from "zod";
import { IdSchema, NoteSchema } from "./common.js";
import { EvidenceInputSchema, EvidenceSchema } from "./evidence.js";

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
  description:
    "The part of a month or year, where only that much is known: a month's early, mid and late are days 1-10, 11-20 and 21 to its end; a year's are January-April, May-August, September-December.",
});
export type PeriodPart = z.infer<typeof PeriodPartSchema>;

export const DateAnchorSchema = z
  .union([
    z.strictObject({
      record: IdSchema.meta({ description: "An event or statement whose date bounds this one." }),
    }),
    z.strictObject({
      date: z.iso.date().meta({ description: "A calendar date that bounds this one." }),
    }),
  ])
  .meta({
    id: "DateAnchor",
    description:
      "What a date is known to come after or before: another record, or a calendar date.",
  });
export type DateAnchor = z.infer<typeof DateAnchorSchema>;

const resolutionFields = {
  basis: z.enum(["explicit", "relative", "anchored", "context", "publication"]).meta({
    description:
      "explicit: the text states the date; relative: words like 'on Sunday' resolved against an anchor; anchored: known only to lie after or before other records; context: a cited context note; publication: the report's own date.",
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
};
const wordsMeta = {
  description: "The words in the sources that place the record in time ('on Friday morning').",
};

const dateFields = {
  value: z.string().meta({
    description:
      "ISO 8601, exactly as precise as `precision`: '2020', '2020-01', '2020-01-05', or '2020-01-03T00:30' for time. Where anchors narrow it, the widest period the date is known to lie in.",
    examples: ["2020-01-05"],
  }),
  precision: DatePrecisionSchema,
  partOfDay: PartOfDaySchema.optional(),
  periodPart: PeriodPartSchema.optional(),
  approximate: z
    .boolean()
    .default(false)
    .meta({ description: "True when the date is an estimate." }),
  after: DateAnchorSchema.optional().meta({
    description: "What the date is known to come after (a reaction comes after what it reacts to).",
  }),
  before: DateAnchorSchema.optional().meta({
    description: "What the date is known to come before ('earlier' than an announcement).",
  }),
};

export const DateResolutionInputSchema = z
  .strictObject({
    ...resolutionFields,
    words: z.array(EvidenceInputSchema).default([]).meta(wordsMeta),
  })
  .meta({
    id: "DateResolutionInput",
    description: "How a date was resolved, as a curator writes it.",
  });

export const DateResolutionSchema = z
  .strictObject({ ...resolutionFields, words: z.array(EvidenceSchema).default([]).meta(wordsMeta) })
  .meta({
    id: "DateResolution",
    description: "How a date was resolved, so a reader can check the reasoning.",
  });
export type DateResolution = z.infer<typeof DateResolutionSchema>;

export const PartialDateInputSchema = z
  .strictObject({ ...dateFields, resolution: DateResolutionInputSchema })
  .meta({
    id: "PartialDateInput",
    description:
      "A date as a curator writes it: a value to some precision, optional anchors, and the reasoning.",
  });
export type PartialDateInput = z.infer<typeof PartialDateInputSchema>;

export const PartialDateSchema = z
  .strictObject({
    ...dateFields,
    resolution: DateResolutionSchema,
    earliest: z.string().meta({
      description:
        "The earliest the record can be: ISO 8601 (a day, or a time for time precision), after applying the period part and the anchors.",
    }),
    latest: z.string().meta({ description: "The latest the record can be, likewise." }),
    edtf: z.string().meta({
      description:
        "The date in the Extended Date/Time Format (ISO 8601-2), e.g. '2020-01-05', '2020-01~', or the interval '2020-01-03/2020-01-05'.",
      examples: ["2020-01-03/2020-01-05"],
    }),
    order: z.int().min(0).meta({
      description:
        "The record's place in the dataset's chronology: by earliest possible date, and always after a record it is anchored after (and before one it is anchored before).",
    }),
  })
  .meta({
    id: "PartialDate",
    description:
      "A date known to some precision or only between bounds, with how it was worked out and its EDTF form.",
  });
export type PartialDate = z.infer<typeof PartialDateSchema>;
