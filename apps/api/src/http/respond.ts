import type { Context, TypedResponse } from "hono";
import type { AppEnv } from "../env.js";
import { type CsvColumn, csvStream, ndjsonStream } from "../representations/stream.js";
import { ApiProblem, invalidParameter } from "./errors.js";
import { revalidate } from "./etag.js";
import { LIST_MEDIA, type ListFormat, listFormat } from "./negotiate.js";
import { CursorError, type Page, paginate, type Sliceable } from "./pagination.js";

export interface ListQuery {
  limit?: number | undefined;
  cursor?: string | undefined;
  format?: ListFormat | undefined;
}

export interface ListPage<T> {
  format: ListFormat;
  items: T[];
  page: Page;
  /** every record, unpaged: an export that may run to megabytes */
  whole: boolean;
}

/** negotiates the format and cuts the page; exports stream every record unless paging is asked for */
export function listPage<T>(c: Context<AppEnv>, all: Sliceable<T>, query: ListQuery): ListPage<T> {
  const format = listFormat(c, query.format);
  const url = new URL(c.req.url);
  const paged = format === "json" || query.limit !== undefined || query.cursor !== undefined;
  let slice: ReturnType<typeof paginate<T>>;
  try {
    slice = paged
      ? paginate(all, query, url)
      : {
          items: all.slice(0),
          page: { total: all.length, limit: all.length, nextCursor: null, next: null },
        };
  } catch (error) {
    if (error instanceof CursorError) throw invalidParameter("cursor", error.message);
    throw error;
  }
  c.header("X-Total-Count", String(slice.page.total));
  if (slice.page.next) c.header("Link", `<${slice.page.next}>; rel="next"`);
  revalidate(c, LIST_MEDIA[format]);
  return { format, ...slice, whole: !paged };
}

/**
 * What a CSV, NDJSON or JSON-LD response is to the route's types: its 200. Those representations are
 * declared in the document beside the JSON one (see `withRepresentations`), not in the typed route,
 * so that typed clients read the JSON body's exact type.
 */
export type AlternateRepresentation = TypedResponse<never, 200, "json">;

/** a list as CSV or NDJSON, streamed */
export function exportList<T, O>(
  c: Context<AppEnv>,
  page: ListPage<T>,
  columns: readonly CsvColumn<T>[],
  present: (record: T) => O,
): AlternateRepresentation {
  if (page.format === "json")
    throw new ApiProblem("internal-error", "a JSON page was sent to the exporter");
  const body =
    page.format === "csv" ? csvStream(page.items, columns) : ndjsonStream(page.items.map(present));
  // a whole export is streamed and may be large: the response cache keeps no copy of it
  if (page.whole) c.set("streamed", true);
  const type =
    page.format === "csv"
      ? `${LIST_MEDIA.csv}; charset=utf-8; header=present`
      : `${LIST_MEDIA.ndjson}; charset=utf-8`;
  return c.body(body, 200, { "Content-Type": type }) as unknown as AlternateRepresentation;
}
