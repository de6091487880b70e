import { z } from "@hono/zod-openapi";
import { invalidParameter } from "../http/errors.js";
import { CURSOR_PATTERN, enumList, idString, int32, TEXT_PATTERN } from "./values.js";

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
/** what `q` may hold: a phrase, not a document */
export const MAX_TEXT_LENGTH = 200;

/** lists are comma-separated, as OpenAPI's `style: form, explode: false` says */
const COMMA_SEPARATED = { style: "form", explode: false } as const;

/** a comma-separated list whose every item must be one of `values` */
export function listParam<const T extends string>(
  values: readonly T[],
  description: string,
  example: string,
) {
  return enumList(values)
    .optional()
    .meta({
      param: COMMA_SEPARATED,
      description: `${description} Comma-separated for several: any of ${values.join(", ")}.`,
      example: example.split(","),
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
  z.iso.date().max(10).optional().meta({ description, example });

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
  q: z.string().min(1).max(MAX_TEXT_LENGTH).regex(TEXT_PATTERN).optional().meta({
    description:
      "Only records containing every word of this text (in titles, summaries, quotes or names); case and accents are ignored.",
    example: "withdrawal",
  }),
};

export const pageParams = {
  limit: int32(1, MAX_LIMIT)
    .optional()
    .meta({
      description: `How many records per page: 1 to ${MAX_LIMIT}, ${DEFAULT_LIMIT} by default. For CSV and NDJSON, every matching record is streamed unless a limit or cursor is given.`,
      example: 10,
    }),
  cursor: z.string().max(40).regex(CURSOR_PATTERN).optional().meta({
    description:
      "Where the page starts: the `page.nextCursor` of the previous page. Opaque; valid only with the same filters and sort.",
    example: "MjA.1ih70e6qefzcy",
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

export function expandParam<const T extends string>(values: readonly T[], example: string) {
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
