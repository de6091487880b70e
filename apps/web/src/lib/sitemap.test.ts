import { compileDataset, formatDataError } from "@dossier/core/compile";
import { synthCorpus } from "@dossier/core/synth";
import { describe, expect, it } from "vitest";
import {
  SITEMAP_LIMIT,
  sitemapChunk,
  sitemapCount,
  sitemapIndexXml,
  sitemapPaths,
} from "./sitemap";

function synthDataset(stories: number) {
  const result = compileDataset(synthCorpus({ stories, seed: 7 }));
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join("\n"));
  return result.dataset;
}

const dataset = synthDataset(4);
const paths = sitemapPaths(dataset);

describe("sitemaps over a generated corpus", () => {
  it("list every record page once, and no search page", () => {
    expect(new Set(paths).size).toBe(paths.length);
    for (const e of dataset.events) expect(paths).toContain(`/events/${e.id}`);
    for (const s of dataset.statements) expect(paths).toContain(`/statements/${s.id}`);
    for (const s of dataset.stories) expect(paths).toContain(`/stories/${s.id}/compare`);
    for (const s of dataset.sources) expect(paths).toContain(`/sources/${s.id}`);
    expect(paths.some((p) => p.startsWith("/search"))).toBe(false);
  });

  it("stay one sitemap while the URLs fit the protocol's 50,000", () => {
    expect(paths.length).toBeLessThan(SITEMAP_LIMIT);
    expect(sitemapCount(paths)).toBe(1);
    expect(sitemapChunk(paths, 0)).toEqual(paths);
  });

  it("split past the limit into sitemaps that together list each URL exactly once", () => {
    // the same split as past 50,000, at a limit this corpus exceeds several times over
    const limit = Math.ceil(paths.length / 3.5);
    const count = sitemapCount(paths, limit);
    expect(count).toBe(4);
    const chunks = Array.from({ length: count }, (_, id) => sitemapChunk(paths, id, limit));
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(limit);
    expect(chunks.flat()).toEqual(paths);
  });

  it("refuse a sitemap the index does not name, saying which exist", () => {
    expect(() => sitemapChunk(paths, 1)).toThrow(/sitemap 1 does not exist: there are 1/);
    expect(() => sitemapChunk(paths, -1)).toThrow(/does not exist/);
  });

  it("name each sitemap in an index, escaping the addresses", () => {
    const xml = sitemapIndexXml(["https://example.org/a.xml?x=1&y=2", "https://example.org/b.xml"]);
    expect(xml).toContain("<sitemapindex");
    expect(xml).toContain("<loc>https://example.org/a.xml?x=1&amp;y=2</loc>");
    expect(xml.match(/<sitemap>/g)).toHaveLength(2);
  });
});
