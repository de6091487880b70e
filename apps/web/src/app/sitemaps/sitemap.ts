import type { MetadataRoute } from "next";
import { dataset } from "@/lib/data";
import { absoluteUrl } from "@/lib/site";
import { sitemapChunk, sitemapCount, sitemapPaths } from "@/lib/sitemap";

// split past the protocol's 50,000 URLs; /sitemap.xml is the index that names them
export function generateSitemaps() {
  return Array.from({ length: sitemapCount(sitemapPaths(dataset)) }, (_, id) => ({ id }));
}

export default async function sitemap(props: {
  id: Promise<string>;
}): Promise<MetadataRoute.Sitemap> {
  const id = Number(await props.id);
  return sitemapChunk(sitemapPaths(dataset), id).map((p) => ({ url: absoluteUrl(p) }));
}
