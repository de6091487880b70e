import { IdSchema } from "@dossier/core";
import { z } from "@hono/zod-openapi";
import * as zod from "zod";
import { invalidParameter } from "../http/errors.js";
import { describePattern } from "../http/parameter-errors.js";

export const MAX_LIMIT = 100;
/** far longer than any id core has minted (under 40 characters); a test checks every one fits */
export const ID_MAX_LENGTH = 100;

/** ids as core's IdSchema defines them, as a plain pattern the document can show */
export const ID_PATTERN = describePattern(
  new RegExp(String(zod.toJSONSchema(IdSchema, { metadata: zod.registry() }).pattern)),
  "must be lowercase words joined by hyphens, like 'iraq-parliament'",
);

const idString = () => z.string().max(ID_MAX_LENGTH).regex(ID_PATTERN);
export const DEFAULT_LIMIT = 20;

/** splits a comma-separated parameter, dropping empty items */
export function splitList(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

/** a comma-separated list whose every item must be one of `values` */
export function listParam(values: readonly string[], description: string, example: string) {
  return z
    .string()
    .superRefine((raw, ctx) => {
      const unknown = splitList(raw).filter((v) => !values.includes(v));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `unknown value ${unknown.map((v) => `'${v}'`).join(", ")}; expected one of: ${values.join(", ")}`,
        });
      }
    })
    .optional()
    .meta({
      description: `${description} Comma-separated for several: any of ${values.join(", ")}.`,
      example,
    });
}

/** an id-valued filter: malformed ids are refused rather than silently matching nothing */
export function idParam(description: string, example: string) {
  return idString().optional().meta({ description, example });
}

export const PathIdSchema = z.object({
  id: idString().meta({
    param: { name: "id", in: "path" },
    description: "The record's id.",
    example: "adil-abdul-mahdi",
  }),
});

const isoDate = (description: string, example: string) =>
  z.iso.date().optional().meta({ description, example });

export const dateRangeParams = {
  from: isoDate(
    "Only records whose date may fall on or after this day (ISO 8601 date). A partial date such as 'Jan 2020' matches when its span overlaps the range.",
    "2020-01-03",
  ),
  to: isoDate(
    "Only records whose date may fall on or before this day (ISO 8601 date).",
    "2020-01-06",
  ),
};

export const textParam = {
  q: z.string().min(1).max(200).optional().meta({
    description:
      "Only records containing every word of this text (in titles, summaries, quotes or names); case and accents are ignored.",
    example: "withdrawal",
  }),
};

export const pageParams = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .optional()
    .meta({
      description: `How many records per page: 1 to ${MAX_LIMIT}, ${DEFAULT_LIMIT} by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given.`,
      example: 10,
    }),
  cursor: z.string().max(200).optional().meta({
    description:
      "Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort.",
    example: "MjA.aGhqNzI",
  }),
};

export const listFormatParam = {
  format: z.enum(["json", "csv", "ndjson"]).optional().meta({
    description:
      "The representation, overriding the Accept header: json (the default), csv or ndjson (one JSON record per line).",
    example: "csv",
  }),
};

export const recordFormatParam = {
  format: z.enum(["json", "jsonld"]).optional().meta({
    description:
      "The representation, overriding the Accept header: json (the default) or jsonld (schema.org JSON-LD).",
    example: "jsonld",
  }),
};

export function sortParam<const T extends readonly [string, ...string[]]>(
  values: T,
  fallback: T[number],
) {
  return {
    sort: z
      .enum(values)
      .optional()
      .meta({
        description: `The order of the records; a leading '-' reverses it. Default: ${fallback}.`,
        example: fallback,
      }),
  };
}

export function expandParam(values: readonly string[], example: string) {
  return {
    expand: listParam(
      values,
      "Related records to include in place, under each record's `expanded` member, to spare further calls.",
      example,
    ),
  };
}

/** a range whose end comes before its start can match nothing: almost surely a mistake */
export function checkDateRange(query: {
  from?: string | undefined;
  to?: string | undefined;
}): void {
  if (query.from && query.to && query.to < query.from) {
    throw invalidParameter("to", `must not be before 'from' (${query.from})`);
  }
}
