import createClient, { type Client } from "openapi-fetch";
import { type ETagCache, memoryCache, revalidation } from "./etag-cache.js";
import type { components, paths } from "./generated/openapi.js";
import { errorOf } from "./problem.js";

/** the media types the typed calls read: JSON bodies (JSON-LD for W3C annotations), and problems */
type Media = "application/json" | "application/ld+json" | "application/problem+json";

/** every path of the API (all are GET) */
export type ApiPath = keyof paths;
type Operation<P extends ApiPath> = paths[P]["get"];
type Parameters<P extends ApiPath> = Operation<P>["parameters"];

/** the query and path parameters of a path, as the document types them */
export type Query<P extends ApiPath> = NonNullable<Parameters<P>["query"]>;
export type PathParameters<P extends ApiPath> = Parameters<P>["path"];

/** the JSON body of a path's 200: JSON, or JSON-LD where that is the only representation */
type Content<P extends ApiPath> = Operation<P>["responses"][200]["content"];
export type Json<P extends ApiPath> =
  Content<P> extends { "application/json": infer T }
    ? T
    : Content<P> extends { "application/ld+json": infer T }
      ? T
      : never;

export type GetOptions<P extends ApiPath> = {
  query?: Query<P>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
} & ([PathParameters<P>] extends [never | undefined]
  ? { path?: never }
  : { path: PathParameters<P> });

/** options are required exactly when the path has parameters of its own */
type OptionsArgument<P extends ApiPath> = [PathParameters<P>] extends [never | undefined]
  ? [options?: GetOptions<P>]
  : [options: GetOptions<P>];

/** the paths that answer with a page of records: `{ data: [...], page: {...} }` */
export type ListPath = {
  [P in ApiPath]: Json<P> extends { data: unknown[]; page: components["schemas"]["Page"] }
    ? P
    : never;
}[ApiPath];
export type ItemOf<P extends ListPath> = Json<P> extends { data: (infer T)[] } ? T : never;

export interface DossierClientOptions {
  /** where the API is, e.g. https://api.example.org or http://127.0.0.1:8787 */
  baseUrl: string;
  /** a fetch of your own (tests, instrumentation); the global one by default */
  fetch?: (request: Request) => Promise<Response>;
  /** sent with every request, e.g. an X-Request-Id of your tracing */
  headers?: Record<string, string>;
  /** kept responses, revalidated with If-None-Match; an in-memory cache by default, false for none */
  cache?: ETagCache | false;
}

export interface DossierClient {
  /** the openapi-fetch client underneath: every path typed, errors returned as values */
  raw: Client<paths, Media>;
  /** a path's JSON body; throws DossierProblem for a problem, DossierHttpError for anything else */
  get<P extends ApiPath>(path: P, ...options: OptionsArgument<P>): Promise<Json<P>>;
  /** every page of a list, following `page.nextCursor` until the last */
  pages<P extends ListPath>(path: P, ...options: OptionsArgument<P>): AsyncGenerator<Json<P>>;
  /** every record of a list, page after page */
  records<P extends ListPath>(path: P, ...options: OptionsArgument<P>): AsyncGenerator<ItemOf<P>>;
}

export function createDossierClient(options: DossierClientOptions): DossierClient {
  const raw = createClient<paths, Media>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    // lists travel comma-separated, as the document's `style: form, explode: false` says
    querySerializer: { array: { style: "form", explode: false } },
    ...(options.fetch && { fetch: options.fetch }),
    ...(options.headers && { headers: options.headers }),
  });
  if (options.cache !== false) raw.use(revalidation(options.cache ?? memoryCache()));

  async function get<P extends ApiPath>(path: P, ...[init]: OptionsArgument<P>): Promise<Json<P>> {
    const { data, error, response } = await raw.GET(
      path as never,
      {
        params: { query: init?.query, path: init?.path },
        ...(init?.headers && { headers: init.headers }),
        ...(init?.signal && { signal: init.signal }),
      } as never,
    );
    if (error !== undefined || !response.ok) throw await errorOf(response, error);
    return data as Json<P>;
  }

  async function* pages<P extends ListPath>(
    path: P,
    ...[init]: OptionsArgument<P>
  ): AsyncGenerator<Json<P>> {
    let cursor: string | undefined;
    do {
      const query = { ...init?.query, ...(cursor && { cursor }) };
      const page = (await get(path, { ...init, query } as never)) as Json<P> & {
        page: components["schemas"]["Page"];
      };
      // Json<P> is a conditional type, which a generator's Awaited<> does not see through
      yield page as Awaited<Json<P>>;
      cursor = page.page.nextCursor ?? undefined;
    } while (cursor);
  }

  async function* records<P extends ListPath>(
    path: P,
    ...init: OptionsArgument<P>
  ): AsyncGenerator<ItemOf<P>> {
    for await (const page of pages(path, ...init))
      yield* (page as unknown as { data: ItemOf<P>[] }).data;
  }

  return { raw, get, pages, records };
}
