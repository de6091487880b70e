export const SITE_NAME = "Dossier";

export const SITE_DESCRIPTION =
  "News coverage turned into a record of events and statements, each grounded in the exact words of its sources.";

/** The public origin, for canonical links, the sitemap and JSON-LD ids. */
export const SITE_URL = (process.env.SITE_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");

export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
