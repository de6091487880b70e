import { readActors, readRecords, readSources } from "../data/folder.js";
import type { ActorNames } from "../suggest/actors.js";
import { suggest } from "../suggest/index.js";
import { goldSpans } from "./gold.js";
import { type Measure, measure, type SourcedSuggestion } from "./measure.js";

export const FIRST_STORY = "iraq-parliament-foreign-forces-2020";

/** Names only: no alias or title a curator took from these very texts. */
export function withoutAliases(actors: readonly ActorNames[]): ActorNames[] {
  return actors.map(({ id, name, kind }) => (kind ? { id, name, kind } : { id, name }));
}

/**
 * Measures the suggestions on a curated story's sources. Texts with no known date are resolved
 * against the story's last day, as its curators did.
 */
export async function measureStory(
  dataDir: string,
  story = FIRST_STORY,
  options: { aliases?: boolean } = {},
): Promise<Measure & { perSource: Record<string, Measure> }> {
  const allActors = await readActors(dataDir);
  const actors = options.aliases === false ? withoutAliases(allActors) : allActors;
  const sources = await readSources(dataDir, story);
  const statements = await readRecords(dataDir, story, "statements");
  const texts = new Map(sources.map((s) => [s.id, s.text]));
  const gold = goldSpans(statements, texts);
  const suggested: SourcedSuggestion[] = [];
  const perSource: Record<string, Measure> = {};
  for (const source of sources) {
    const published = source.published ?? "2020-01-05";
    const mine = suggest(source.text, { actors, published }).statements.map((s) => ({
      ...s,
      source: source.id,
    }));
    suggested.push(...mine);
    perSource[source.id] = measure(
      gold.filter((g) => g.source === source.id),
      mine,
    );
  }
  return { ...measure(gold, suggested), perSource };
}
