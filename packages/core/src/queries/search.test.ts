import { beforeAll, describe, expect, it } from "vitest";
import { compileDataset } from "../dataset/compile.js";
import type { Dataset } from "../schemas/dataset.js";
import { synthCorpus } from "../synth/corpus.js";
import { search, searchResults, serialiseSearchIndex, useSearchIndex } from "./search.js";
import { foldText } from "./text.js";

let ds: Dataset;
let other: Dataset;
beforeAll(() => {
  const compile = (seed: number) => {
    const result = compileDataset(synthCorpus({ stories: 3, seed }));
    if (!result.ok) throw new Error("the corpus has problems");
    return result.dataset;
  };
  ds = compile(5);
  other = compile(6);
});

const copy = (d: Dataset) => JSON.parse(JSON.stringify(d)) as Dataset;
/** the longest word of a statement's gist: rare enough to rank that statement high */
const wordOf = (gist: string) =>
  foldText(gist)
    .split(/[^\p{L}]+/u)
    .sort((a, b) => b.length - a.length)[0] as string;

describe("search", () => {
  it("finds a statement by a word of its gist, by that word's start, and with a typo", () => {
    const statement = ds.statements[0] as Dataset["statements"][number];
    const word = wordOf(statement.gist);
    const typo = `${word.slice(0, 2)}${word[2] === "x" ? "y" : "x"}${word.slice(3)}`;
    for (const query of [word, word.toUpperCase(), word.slice(0, 5), typo]) {
      const hits = search(ds, query, { kinds: ["statement"], limit: 500 });
      expect(hits.map((h) => h.ref.id)).toContain(statement.id);
    }
  });

  it("wants every word of the query, and ranks by score", () => {
    const hits = search(ds, "the minister", { limit: 500 });
    expect(hits.length).toBeGreaterThan(0);
    const both = search(ds, "the", { limit: 5000 }).filter((h) =>
      search(ds, "minister", { limit: 5000 }).some((m) => m.ref.id === h.ref.id),
    );
    expect(new Set(hits.map((h) => h.ref.id))).toEqual(new Set(both.map((h) => h.ref.id)));
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("scores a common word beside a rare one as each scores alone, in either order", () => {
    // a rare word leaves few candidates, so "the" is looked up in them rather than walked
    const alone = (q: string) =>
      new Map(search(ds, q, { limit: 100_000 }).map((h) => [h.ref.id, h.score]));
    const words = (gist: string) => foldText(gist).split(/[^\p{L}]+/u);
    const [rare, statement] = ds.statements
      .filter((s) => words(s.gist).includes("the"))
      .flatMap((s) =>
        words(s.gist)
          .filter((w) => w.length > 4)
          .map((w) => [w, s] as const),
      )
      .sort((a, b) => alone(a[0]).size - alone(b[0]).size)[0] as [
      string,
      Dataset["statements"][number],
    ];
    const [the, word] = [alone("the"), alone(rare)];
    const both = search(ds, `the ${rare}`, { limit: 100_000 });
    expect(both.map((h) => h.ref.id)).toContain(statement.id);
    expect(search(ds, `${rare} the`, { limit: 100_000 })).toEqual(both);
    expect(new Set(both.map((h) => h.ref.id))).toEqual(
      new Set([...word.keys()].filter((id) => the.has(id))),
    );
    // two words: the sum of each word's score, times two for matching both (each rounded to 0.001)
    for (const hit of both)
      expect(hit.score).toBeCloseTo(
        2 * ((the.get(hit.ref.id) as number) + (word.get(hit.ref.id) as number)),
        1,
      );
  });

  it("shows any stretch of its ranking as the whole search shows it, and counts it the same", () => {
    for (const query of ["the minister", "parliament", "said"]) {
      const whole = search(ds, query, { limit: 500 });
      const ranked = searchResults(ds, query, { limit: 500 });
      expect(whole.length).toBeGreaterThan(1);
      expect(ranked.total).toBe(whole.length);
      const mid = Math.floor(whole.length / 2);
      expect(ranked.slice(mid, mid + 7)).toEqual(whole.slice(mid, mid + 7));
      expect(ranked.slice(0, 3)).toEqual(whole.slice(0, 3));
      // another search in between clears the engine's tallies; the ranking kept its own scores
      search(ds, "minister", { limit: 500 });
      expect(ranked.slice(whole.length - 2)).toEqual(whole.slice(whole.length - 2));
    }
    expect(searchResults(ds, "zzzzqqqq").total).toBe(0);
  });

  it("filters by story and kind as the unfiltered ranking filtered would", () => {
    const story = ds.stories[1]?.id as string;
    const all = search(ds, "the", { limit: 100_000 });
    const expected = all.filter((h) => h.story === story && h.ref.kind === "statement");
    expect(expected.length).toBeGreaterThan(0);
    expect(search(ds, "the", { story, kinds: ["statement"], limit: 100_000 })).toEqual(expected);
    expect(search(ds, "the", { story, kinds: ["statement"], limit: 3 })).toEqual(
      expected.slice(0, 3),
    );
    expect(search(ds, "the", { story: "no-such-story" })).toEqual([]);
  });

  it("ignores a saved index built for other data, and answers from this data", () => {
    const fresh = search(ds, "sanctions");
    const loaded = copy(ds);
    useSearchIndex(loaded, serialiseSearchIndex(other));
    expect(search(loaded, "sanctions")).toEqual(fresh);
  });

  it("uses a saved index given as parsed JSON, as the dataset module gives it", () => {
    const loaded = copy(ds);
    useSearchIndex(loaded, JSON.parse(serialiseSearchIndex(ds)));
    expect(search(loaded, "convoy border")).toEqual(search(ds, "convoy border"));
  });

  it("says what is wrong with a saved index of an unknown format", () => {
    const loaded = copy(ds);
    useSearchIndex(loaded, JSON.stringify({ format: "minisearch" }));
    expect(() => search(loaded, "sanctions")).toThrow(/search index has format "minisearch"/);
  });
});
