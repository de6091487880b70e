import { dataset } from "@/lib/data";
import { absoluteUrl } from "@/lib/site";
import { sitemapCount, sitemapIndexXml, sitemapPath, sitemapPaths } from "@/lib/sitemap";

// Next has no sitemap index of its own, so robots.txt's one address names every sitemap here
export const dynamic = "force-static";

export function GET() {
  const count = sitemapCount(sitemapPaths(dataset));
  const urls = Array.from({ length: count }, (_, id) => absoluteUrl(sitemapPath(id)));
  return new Response(sitemapIndexXml(urls), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
