import { IdSchema } from "@dossier/core";
import { z } from "@hono/zod-openapi";
import * as zod from "zod";
import { describePattern } from "../http/parameter-errors.js";

// the bounded values request parameters are made of: the document shows each bound, and the
// validator enforces exactly that bound, since both are read from the same schema

/** far longer than any id core has minted (under 40 characters); a test checks every one fits */
export const ID_MAX_LENGTH = 100;

/** ids as core's IdSchema defines them, as a plain pattern the document can show */
export const ID_PATTERN = describePattern(
  new RegExp(String(zod.toJSONSchema(IdSchema, { metadata: zod.registry() }).pattern)),
  "must be lowercase words joined by hyphens, like 'iraq-parliament'",
);

export const idString = () => z.string().max(ID_MAX_LENGTH).regex(ID_PATTERN);

/** a word at least, and no control characters: nothing a person types, nothing to smuggle into logs */
export const TEXT_PATTERN = describePattern(
  // biome-ignore lint/suspicious/noControlCharactersInRegex: it refuses them, so it must name them
  /^[^\u0000-\u001F\u007F-\u009F]*[^\s\u0000-\u001F\u007F-\u009F][^\u0000-\u001F\u007F-\u009F]*$/,
  "must hold a word, and no control characters such as a newline or NUL",
);

/** the offset as base64url, a dot, and the hash of the query it belongs to (see pagination.ts) */
export const CURSOR_PATTERN = describePattern(
  /^[A-Za-z0-9_-]{1,16}\.[0-9a-z]{1,16}$/,
  "must be a page.nextCursor this API issued",
);

export const LANGUAGE_PATTERN = describePattern(
  /^[a-z]{2,3}$/,
  "must be a language code of two or three lowercase letters, like 'en'",
);

/**
 * A repeated parameter reaches the schema as an array: refused, since lists are comma-separated.
 * Typed as taking the text a query carries, so typed clients (hono/client) send one string.
 */
const commaSeparated = (value: string, ctx: zod.core.$RefinementCtx<unknown>): unknown => {
  const raw: unknown = value;
  if (Array.isArray(raw)) {
    ctx.addIssue({ code: "custom", message: "give this parameter once", input: raw });
    return raw;
  }
  return typeof raw === "string" ? raw.split(",") : raw;
};

/**
 * A comma-separated list (`style: form, explode: false`), each item one of `values`: the document
 * shows an array of that enum with maxItems, and the handler gets the typed array.
 */
export function enumList<const T extends string>(values: readonly T[]) {
  const item = z.enum(values as readonly T[] as [T, ...T[]]);
  return z.preprocess(commaSeparated, z.array(item).min(1).max(values.length));
}

/** a comma-separated list of ids */
export function idList(maxItems: number) {
  return z.preprocess(commaSeparated, z.array(idString()).min(1).max(maxItems));
}

/** query values are text: only a plain decimal becomes a number, so "0x10" or "1e2" is refused */
const decimal = (value: string | number): unknown =>
  typeof value === "string" && /^-?(?:0|[1-9][0-9]{0,9})$/.test(value) ? Number(value) : value;

/** a 32-bit integer within [min, max] */
export function int32(min: number, max: number) {
  return z.preprocess(decimal, z.int().min(min).max(max).meta({ format: "int32" }));
}
