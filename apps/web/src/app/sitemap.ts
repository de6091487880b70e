import type { MetadataRoute } from "next";
import { dataset } from "@/lib/data";
import { absoluteUrl } from "@/lib/site";

export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
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
  return paths.map((p) => ({ url: absoluteUrl(p) }));
}
