import type { Context } from "hono";
import { parseAccept } from "hono/utils/accept";
import type { AppEnv } from "../env.js";
import { ApiProblem } from "./errors.js";
import { revalidate } from "./etag.js";

export const LIST_MEDIA = {
  json: "application/json",
  csv: "text/csv",
  ndjson: "application/x-ndjson",
} as const;
export type ListFormat = keyof typeof LIST_MEDIA;

export const RECORD_MEDIA = {
  json: "application/json",
  jsonld: "application/ld+json",
} as const;
export type RecordFormat = keyof typeof RECORD_MEDIA;

/** other names clients send for the same representations */
const ALIASES: Record<string, string> = {
  "application/ndjson": "application/x-ndjson",
  "application/jsonl": "application/x-ndjson",
  "application/x-jsonlines": "application/x-ndjson",
  "application/csv": "text/csv",
};

function pick<F extends string>(
  accept: string | undefined,
  media: Record<F, string>,
): F | undefined {
  const formats = Object.keys(media) as F[];
  if (!accept?.trim()) return formats[0];
  // the first format listed is the default, chosen for wildcards and for ties
  const ranked = parseAccept(accept.slice(0, 2000)).slice(0, 50);
  let best: { format: F; q: number; specific: number } | undefined;
  for (const entry of ranked) {
    const type = (ALIASES[entry.type.toLowerCase()] ?? entry.type).toLowerCase();
    for (const format of formats) {
      const [main] = media[format].split("/");
      const specific =
        type === media[format] ? 2 : type === `${main}/*` ? 1 : type === "*/*" ? 0 : -1;
      if (specific < 0 || entry.q <= 0) continue;
      if (!best || entry.q > best.q || (entry.q === best.q && specific > best.specific)) {
        best = { format, q: entry.q, specific };
      }
    }
  }
  return best?.format;
}

function choose<F extends string>(
  c: Context,
  requested: F | undefined,
  media: Record<F, string>,
): F {
  if (requested) return requested;
  const format = pick(c.req.header("Accept"), media);
  if (!format) {
    throw new ApiProblem(
      "not-acceptable",
      `This resource is available as ${Object.values(media).join(", ")}; the Accept header allows none of them.`,
    );
  }
  return format;
}

export function listFormat(c: Context<AppEnv>, requested?: ListFormat): ListFormat {
  c.header("Vary", "Accept", { append: true });
  return choose(c, requested, LIST_MEDIA);
}

/** the record's representation; throws NotModified when the client's copy is current */
export function recordFormat(c: Context<AppEnv>, requested?: RecordFormat): RecordFormat {
  c.header("Vary", "Accept", { append: true });
  const format = choose(c, requested, RECORD_MEDIA);
  revalidate(c, RECORD_MEDIA[format]);
  return format;
}
