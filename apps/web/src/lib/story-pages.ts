import { type Dataset, groupByStory, type Story } from "@dossier/core";

/** How many stories a page of an actor's or a place's records covers. */
export const STORIES_PER_PAGE = 10;

export interface StoryPage {
  /** 1-based */
  page: number;
  pages: number;
  /** how many stories there are in all */
  total: number;
  /** the 1-based position of this page's first story among them */
  first: number;
  /** the stories this page covers, newest first */
  stories: Story[];
  /** whether a record of that story belongs on this page */
  has: (storyId: string) => boolean;
}

/**
 * One page of the stories a set of records falls in, newest story first: a page that gathers an
 * actor's or a place's records across stories grows with the corpus (758 KB of HTML for an actor
 * at 1,000 stories), so it shows them a bounded number of stories at a time. Undefined when the
 * page number is past the last page (page 1 always exists, even with no record).
 */
export function storyPage(
  ds: Dataset,
  records: readonly { story: string }[],
  page: number,
  perPage = STORIES_PER_PAGE,
): StoryPage | undefined {
  const all = groupByStory(ds, records).map((g) => g.story);
  const pages = Math.max(1, Math.ceil(all.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  const stories = all.slice((page - 1) * perPage, page * perPage);
  const ids = new Set(stories.map((s) => s.id));
  return {
    page,
    pages,
    total: all.length,
    first: (page - 1) * perPage + 1,
    stories,
    has: (id) => ids.has(id),
  };
}

/** A page number from a route segment: "2" is 2; anything else (including "1", "02") is not one. */
export function parsePageNumber(raw: string): number | undefined {
  return /^[1-9][0-9]{0,5}$/.test(raw) && raw !== "1" ? Number(raw) : undefined;
}
