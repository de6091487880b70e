import { beforeAll, describe, expect, it } from "vitest";
import { compileDataset } from "../dataset/compile.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Story } from "../schemas/story.js";
import { synthCorpus } from "../synth/corpus.js";
import { fixtureFiles } from "../test-support/data.js";
import { actorProfile } from "./actors.js";
import { filterEvents, filterStatements } from "./filters.js";
import { placeProfile } from "./places.js";
import { filterStories, listStories, storyFacets } from "./stories.js";

let fixture: Dataset;
let ds: Dataset;
beforeAll(async () => {
  const compiled = compileDataset(await fixtureFiles());
  if (!compiled.ok) throw new Error("the fixture has problems");
  fixture = compiled.dataset;
  const synth = compileDataset(synthCorpus({ stories: 9, seed: 11 }));
  if (!synth.ok) throw new Error("the corpus has problems");
  ds = synth.dataset;
});

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

/** What a plain scan of every record says a story holds, to check the index against. */
function scan(data: Dataset, story: Story) {
  const events = data.events.filter((e) => e.story === story.id);
  const statements = data.statements.filter((s) => s.story === story.id);
  const placesOf = (id: string | undefined): string[] => {
    const place = data.places.find((p) => p.id === id);
    return place ? [place.id, ...placesOf(place.within)] : [];
  };
  return {
    events,
    statements,
    actors: new Set([
      ...events.flatMap((e) => e.participants.map((p) => p.actor)),
      ...statements.flatMap((s) => [s.speaker, ...s.targets, ...s.addressees, ...s.mentions]),
    ]),
    places: new Set(events.flatMap((e) => placesOf(e.place))),
    types: new Set(events.map((e) => e.type)),
  };
}

describe("filterStories", () => {
  it("finds stories by their title and summary, and lists them all without a query", () => {
    expect(ids(filterStories(fixture, { text: "mayor defended" }))).toEqual(["bridge-vote"]);
    expect(filterStories(fixture, { text: "ayor" })).toEqual([]);
    expect(new Set(filterStories(fixture))).toEqual(new Set(fixture.stories));
  });

  it("lists the newest story first, by the end of its period", () => {
    const ends = filterStories(ds).map((s) => s.period.end);
    expect(ends).toHaveLength(ds.stories.length);
    expect(ends).toEqual([...ends].sort().reverse());
  });

  it("selects by actor, place and event type exactly the stories a scan of their records finds", () => {
    const facets = storyFacets(ds);
    expect(facets.actors.length).toBeGreaterThan(0);
    expect(facets.places.length).toBeGreaterThan(0);
    const scanned = new Map(ds.stories.map((s) => [s.id, scan(ds, s)]));
    const expected = (has: (x: ReturnType<typeof scan>) => boolean) =>
      new Set(ds.stories.filter((s) => has(scanned.get(s.id) as ReturnType<typeof scan>)));
    for (const { value, stories } of facets.actors) {
      const found = filterStories(ds, { actor: value });
      expect(new Set(found), value).toEqual(expected((x) => x.actors.has(value)));
      expect(found).toHaveLength(stories);
    }
    for (const { value, stories } of facets.places) {
      const found = filterStories(ds, { place: value });
      expect(new Set(found), value).toEqual(expected((x) => x.places.has(value)));
      expect(found).toHaveLength(stories);
    }
    const [a, b] = facets.types;
    if (!a || !b) throw new Error("the corpus has fewer than two event types");
    expect(new Set(filterStories(ds, { type: [a.value, b.value] }))).toEqual(
      expected((x) => x.types.has(a.value) || x.types.has(b.value)),
    );
    const actor = facets.actors.at(-1)?.value as string;
    expect(new Set(filterStories(ds, { actor, type: [a.value] }))).toEqual(
      expected((x) => x.actors.has(actor) && x.types.has(a.value)),
    );
    expect(filterStories(ds, { actor: "no-such-actor" })).toEqual([]);
  });

  it("selects by period the stories whose dates overlap it, either end left open", () => {
    const periods = ds.stories.map((s) => s.period).sort((x, y) => (x.end < y.end ? -1 : 1));
    const middle = periods[Math.floor(periods.length / 2)];
    if (!middle) throw new Error("no stories");
    const from = middle.end;
    const found = filterStories(ds, { from });
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(ds.stories.length);
    for (const s of ds.stories) expect(found.includes(s)).toBe(s.period.end >= from);
    const window = filterStories(ds, { from: middle.start, to: middle.start });
    for (const s of ds.stories)
      expect(window.includes(s)).toBe(
        s.period.start <= middle.start && s.period.end >= middle.start,
      );
  });

  it("says which bound is not a date", () => {
    expect(() => filterStories(ds, { from: "2020-13-01" })).toThrow(
      /StoryFilter\.from.*2020-13-01/,
    );
    expect(() => filterStories(ds, { to: "last week" })).toThrow(/StoryFilter\.to/);
  });
});

describe("listStories", () => {
  it("pages through the filtered stories, each with its counts and sources", () => {
    const all = filterStories(ds);
    const first = listStories(ds, {}, { perPage: 4 });
    expect(first.total).toBe(all.length);
    expect(first.pages).toBe(Math.ceil(all.length / 4));
    const paged = [];
    for (let page = 1; page <= first.pages; page++)
      paged.push(...listStories(ds, {}, { page, perPage: 4 }).items);
    expect(paged.map((x) => x.story)).toEqual(all);
    for (const item of paged) {
      expect(item.events).toBe(filterEvents(ds, { story: item.story.id }).length);
      expect(item.statements).toBe(filterStatements(ds, { story: item.story.id }).length);
      expect(item.sources).toEqual(item.story.sources);
    }
  });

  it("shows the last page for a page past the end, one empty page when nothing matches, and refuses page 0", () => {
    const past = listStories(ds, {}, { page: 999, perPage: 4 });
    expect(past.page).toBe(past.pages);
    expect(past.items.length).toBeGreaterThan(0);
    const none = listStories(ds, { text: "zzzz-nothing" });
    expect(none).toMatchObject({ items: [], total: 0, page: 1, pages: 1 });
    expect(() => listStories(ds, {}, { page: 0 })).toThrow(/page must be a whole number/);
  });
});

describe("across stories", () => {
  it("groups what an actor said by story, newest story first, every statement once", () => {
    const speaker = storyFacets(ds).actors.find(
      (a) => filterStatements(ds, { speaker: a.value }).length > 0 && a.stories > 1,
    )?.value;
    if (!speaker) throw new Error("no one speaks in two stories");
    const profile = actorProfile(ds, speaker);
    if (!profile) throw new Error("no profile");
    const groups = profile.statementsByStory;
    expect(groups.length).toBeGreaterThan(1);
    const order = ids(filterStories(ds));
    const positions = groups.map((g) => order.indexOf(g.story.id));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    for (const g of groups) for (const s of g.records) expect(s.story).toBe(g.story.id);
    expect(new Set(groups.flatMap((g) => g.records))).toEqual(new Set(profile.statements));
    expect(groups.flatMap((g) => g.records)).toHaveLength(profile.statements.length);
  });

  it("gives a place the events at it and at the places within it, by story", () => {
    for (const { value } of storyFacets(ds).places) {
      const profile = placeProfile(ds, value);
      if (!profile) throw new Error(`no profile for ${value}`);
      const inside = (id: string | undefined): boolean => {
        const place = ds.places.find((p) => p.id === id);
        return Boolean(place && (place.id === value || inside(place.within)));
      };
      const events = profile.eventsByStory.flatMap((g) => g.records);
      expect(new Set(events), value).toEqual(new Set(ds.events.filter((e) => inside(e.place))));
      expect(new Set(profile.eventsByStory.map((g) => g.story))).toEqual(
        new Set(filterStories(ds, { place: value })),
      );
    }
    expect(placeProfile(ds, "no-such-place")).toBeUndefined();
  });
});
