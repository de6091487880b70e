import type { Dataset } from "@dossier/core";

/** The sitemaps protocol's cap: a sitemap lists at most 50,000 URLs, past that an index splits them. */
export const SITEMAP_LIMIT = 50_000;

/** Every indexable page's path, in a stable order (search stays out: it is noindex). */
export function sitemapPaths(dataset: Dataset): string[] {
  return [
    "/",
    "/actors",
    ...dataset.stories.flatMap((s) => [
      `/stories/${s.id}`,
      `/stories/${s.id}/timeline`,
      `/stories/${s.id}/compare`,
    ]),
    ...dataset.events.map((e) => `/events/${e.id}`),
    ...dataset.statements.map((s) => `/statements/${s.id}`),
    ...dataset.actors.map((a) => `/actors/${a.id}`),
    ...dataset.sources.map((s) => `/sources/${s.id}`),
    ...dataset.places.map((p) => `/places/${p.id}`),
  ];
}

/** How many sitemaps the paths need; at least one, so the index is never empty. */
export function sitemapCount(paths: readonly string[], limit = SITEMAP_LIMIT): number {
  return Math.max(1, Math.ceil(paths.length / limit));
}

/** The paths sitemap `id` lists; throws on an id the index does not name. */
export function sitemapChunk(
  paths: readonly string[],
  id: number,
  limit = SITEMAP_LIMIT,
): string[] {
  if (!Number.isInteger(id) || id < 0 || id >= sitemapCount(paths, limit))
    throw new RangeError(
      `sitemap ${id} does not exist: there are ${sitemapCount(paths, limit)} (0 to ${sitemapCount(paths, limit) - 1})`,
    );
  return paths.slice(id * limit, (id + 1) * limit);
}

/** Where sitemap `id` is served (Next's generateSitemaps puts them at `<dir>/sitemap/<id>.xml`). */
export const sitemapPath = (id: number) => `/sitemaps/sitemap/${id}.xml`;

const escapeXml = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => `&${{ "<": "lt", ">": "gt", "&": "amp", "'": "apos", '"': "quot" }[c]};`,
  );

/** A sitemap index (sitemaps.org) naming each sitemap by absolute URL. */
export function sitemapIndexXml(urls: readonly string[]): string {
  const entries = urls.map((u) => `<sitemap><loc>${escapeXml(u)}</loc></sitemap>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</sitemapindex>\n`;
}
