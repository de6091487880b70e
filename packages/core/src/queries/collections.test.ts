import { beforeAll, describe, expect, it } from "vitest";
import { compileDataset } from "../dataset/compile.js";
import type { Dataset } from "../schemas/dataset.js";
import { synthCorpus } from "../synth/corpus.js";
import { fixtureFiles } from "../test-support/data.js";
import { filterActors, filterPlaces } from "./collections.js";
import { filterStatements } from "./filters.js";
import { search, serialiseSearchIndex, useSearchIndex } from "./search.js";
import { matchesText } from "./text.js";

let fixture: Dataset;
beforeAll(async () => {
  const result = compileDataset(await fixtureFiles());
  if (!result.ok) throw new Error("the fixture has problems");
  fixture = result.dataset;
});

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe("the text rule", () => {
  it("matches words from their start, folding case and accents, never inside a word", () => {
    expect(matchesText("The war began", "war")).toBe(true);
    expect(matchesText("He warned them", "war")).toBe(true);
    expect(matchesText("They moved toward the border", "war")).toBe(false);
    expect(matchesText("Qassem Soleimani", "SOLEIMANÍ qassem")).toBe(true);
    expect(matchesText("the anti-war march", "war march")).toBe(true);
    expect(matchesText("the anti-war march", "war peace")).toBe(false);
  });
});

describe("filterActors", () => {
  it("finds an actor by a misspelt alias, a role or its description, and by kind and membership", () => {
    expect(ids(filterActors(fixture, { text: "anna ruis" }))).toEqual(["ana-ruiz"]);
    expect(ids(filterActors(fixture, { text: "elected" }))).toEqual(["town-council"]);
    expect(ids(filterActors(fixture, { kind: ["population"] }))).toEqual(["residents"]);
    expect(ids(filterActors(fixture, { memberOf: "town-council" }))).toEqual(["ana-ruiz"]);
    expect(filterActors(fixture, { text: "own" })).toEqual([]);
    expect(filterActors(fixture)).toHaveLength(fixture.actors.length);
  });
});

describe("filterPlaces", () => {
  it("finds places by the start of a word of their name, and by kind", () => {
    expect(ids(filterPlaces(fixture, { text: "brid" }))).toEqual(["old-bridge"]);
    expect(filterPlaces(fixture, { text: "ridge" })).toEqual([]);
    expect(filterPlaces(fixture, { kind: ["city"] })).toEqual([]);
  });
});

describe("at scale", () => {
  let ds: Dataset;
  beforeAll(() => {
    const result = compileDataset(synthCorpus({ stories: 4, seed: 3 }));
    if (!result.ok) throw new Error("the corpus has problems");
    ds = result.dataset;
  });

  it("filters from its indexes exactly what a scan of every record finds", () => {
    const speaker = ds.statements.find((s) => s.speaker)?.speaker as string;
    const story = ds.stories[1]?.id as string;
    const scan = ds.statements.filter((s) => s.story === story && s.speaker === speaker);
    const found = filterStatements(ds, { story, speaker });
    expect(new Set(ids(found))).toEqual(new Set(ids(scan)));
    expect(filterStatements(ds, { story: "no-such-story" })).toEqual([]);
  });

  it("answers the first search from the index the build serialised, as a fresh index would", () => {
    const fresh = search(ds, "sanctions");
    const copy = JSON.parse(JSON.stringify(ds)) as Dataset;
    useSearchIndex(copy, serialiseSearchIndex(ds));
    expect(fresh.length).toBeGreaterThan(0);
    expect(search(copy, "sanctions")).toEqual(fresh);
  });
});
