import type { Dataset } from "../schemas/dataset.js";
import type { Story } from "../schemas/story.js";
import { storyIndex } from "./stories.js";

/** Records of one story, in the order they were given. */
export interface StoryGroup<T> {
  story: Story;
  records: T[];
}

const RANKS = new WeakMap<Dataset, Map<string, number>>();

function storyRank(ds: Dataset): Map<string, number> {
  let ranks = RANKS.get(ds);
  if (!ranks) {
    ranks = new Map(storyIndex(ds).newest.map((s, i) => [s.id, i]));
    RANKS.set(ds, ranks);
  }
  return ranks;
}

/**
 * Records grouped by their story, newest story first as the story index lists them, each group
 * keeping the records' own order (a filter's chronology).
 */
export function groupByStory<T extends { story: string }>(
  ds: Dataset,
  records: readonly T[],
): StoryGroup<T>[] {
  const ranks = storyRank(ds);
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const list = groups.get(r.story);
    if (list) list.push(r);
    else groups.set(r.story, [r]);
  }
  const { newest } = storyIndex(ds);
  return [...groups]
    .map(([id, list]) => ({ rank: ranks.get(id), records: list }))
    .filter((g): g is { rank: number; records: T[] } => g.rank !== undefined)
    .sort((a, b) => a.rank - b.rank)
    .map((g) => ({ story: newest[g.rank] as Story, records: g.records }));
}
