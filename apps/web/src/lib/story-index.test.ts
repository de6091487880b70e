import type { StoryFacets } from "@dossier/core";
import { describe, expect, it } from "vitest";
import { parseStoryIndexQuery, storyIndexHref } from "./story-index";

const facets: StoryFacets = {
  actors: [{ value: "ana-ruiz", stories: 2 }],
  places: [{ value: "old-bridge", stories: 1 }],
  types: [{ value: "consultation", stories: 1 }],
  period: { start: "2020-01-01", end: "2020-02-01" },
};

describe("the story index's query string", () => {
  it("reads every filter and the page, and writes the same address back", () => {
    const sp = {
      q: "  bridge   vote ",
      actor: "ana-ruiz",
      place: "old-bridge",
      type: "consultation",
      from: "2020-01-02",
      to: "2020-01-09",
      page: "3",
    };
    const q = parseStoryIndexQuery(sp, facets);
    expect(q).toEqual({
      filter: {
        text: "bridge vote",
        actor: "ana-ruiz",
        place: "old-bridge",
        type: ["consultation"],
        from: "2020-01-02",
        to: "2020-01-09",
      },
      page: 3,
    });
    expect(
      parseStoryIndexQuery(
        Object.fromEntries(new URLSearchParams(storyIndexHref(q.filter, q.page).slice(2))),
        facets,
      ),
    ).toEqual(q);
  });

  it("drops what the dataset does not know, dates it cannot read and pages that do not exist", () => {
    const q = parseStoryIndexQuery(
      {
        actor: "nobody",
        place: "nowhere",
        type: "party",
        from: "2020-13-40",
        to: "soon",
        page: "-2",
      },
      facets,
    );
    expect(q).toEqual({ filter: {}, page: 1 });
    expect(storyIndexHref(q.filter, q.page)).toBe("/");
    expect(parseStoryIndexQuery({ page: "2.5" }, facets).page).toBe(1);
  });

  it("reads a period typed backwards as the same span", () => {
    const q = parseStoryIndexQuery({ from: "2020-02-01", to: "2020-01-01" }, facets);
    expect(q.filter).toEqual({ from: "2020-01-01", to: "2020-02-01" });
  });
});
