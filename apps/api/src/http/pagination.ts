import { z } from "@hono/zod-openapi";
import { DEFAULT_LIMIT } from "../openapi/params.js";
import { fnv1a } from "./hash.js";

export const PageSchema = z
  .object({
    total: z
      .int()
      .min(0)
      .meta({ description: "How many records match, on all pages.", example: 42 }),
    limit: z.int().min(1).meta({ description: "The page size asked for.", example: 20 }),
    nextCursor: z.string().nullable().meta({
      description: "Pass as `cursor` to get the next page; null on the last page.",
      example: "MjA.1ih70e6qefzcy",
    }),
    next: z.string().nullable().meta({
      description: "The path and query of the next page; null on the last page.",
      example: "/v1/events?limit=20&cursor=MjA.1ih70e6qefzcy",
    }),
  })
  .meta({ id: "Page", description: "Where this page stands in the whole list." });
export type Page = z.infer<typeof PageSchema>;

export interface PageRequest {
  limit?: number | undefined;
  cursor?: string | undefined;
}

export interface PageSlice<T> {
  items: T[];
  page: Page;
}

/** what a page is cut from: an array, or a list that builds only the records asked for */
export interface Sliceable<T> {
  readonly length: number;
  slice(start: number, end?: number): T[];
}

export class CursorError extends Error {}

/** a cursor names an offset into one particular query, so it cannot be replayed against another */
function queryKey(url: URL): string {
  const params = [...url.searchParams].filter(
    ([k]) => k !== "cursor" && k !== "limit" && k !== "format",
  );
  params.sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1));
  return fnv1a(`${url.pathname}?${new URLSearchParams(params)}`);
}

const toBase64Url = (s: string) =>
  btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

function fromBase64Url(s: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new CursorError("not a cursor this API issued");
  try {
    return atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    throw new CursorError("not a cursor this API issued");
  }
}

export function encodeCursor(offset: number, url: URL): string {
  return `${toBase64Url(String(offset))}.${queryKey(url)}`;
}

export function decodeCursor(cursor: string, url: URL): number {
  const [offsetPart = "", key = "", ...rest] = cursor.split(".");
  if (rest.length > 0) throw new CursorError("not a cursor this API issued");
  const decoded = fromBase64Url(offsetPart);
  if (!/^\d{1,9}$/.test(decoded)) throw new CursorError("not a cursor this API issued");
  if (key !== queryKey(url))
    throw new CursorError("this cursor belongs to a query with other filters or sort");
  return Number(decoded);
}

/** one page of `all`, with the cursor of the next */
export function paginate<T>(all: Sliceable<T>, request: PageRequest, url: URL): PageSlice<T> {
  const limit = request.limit ?? DEFAULT_LIMIT;
  const offset = request.cursor ? decodeCursor(request.cursor, url) : 0;
  const items = all.slice(offset, offset + limit);
  const end = offset + items.length;
  const nextCursor = end < all.length ? encodeCursor(end, url) : null;
  let next: string | null = null;
  if (nextCursor) {
    const nextUrl = new URL(url);
    nextUrl.searchParams.set("cursor", nextCursor);
    next = `${nextUrl.pathname}${nextUrl.search}`;
  }
  return { items, page: { total: all.length, limit, nextCursor, next } };
}
