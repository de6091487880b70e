import { describe, expect, it } from "vitest";
import {
  isFiltered,
  paramList,
  parseCompareQuery,
  parseSearchQuery,
  parseTimelineQuery,
  timelineQueryString,
} from "./query";

const vocab = {
  types: ["airstrike", "legislative-resolution"],
  acts: ["demand", "claim"],
  actors: ["muqtada-al-sadr", "iraq"],
};

describe("parseTimelineQuery", () => {
  it("reads repeated and comma-joined values alike", () => {
    expect(paramList({ type: ["airstrike", "legislative-resolution,airstrike"] }, "type")).toEqual([
      "airstrike",
      "legislative-resolution",
    ]);
  });

  it("drops values the dataset does not know, so a tampered link shows everything", () => {
    const q = parseTimelineQuery(
      { type: "<script>", act: "demand", actor: "nobody", show: "bogus" },
      vocab,
    );
    expect(q).toEqual({ kinds: [], type: [], act: ["demand"] });
  });

  it("narrows to statements when a speaker is chosen", () => {
    const q = parseTimelineQuery({ speaker: "muqtada-al-sadr" }, vocab);
    expect(q.kinds).toEqual(["statement"]);
    expect(q.speaker).toBe("muqtada-al-sadr");
    expect(isFiltered(q)).toBe(true);
  });

  it("round-trips through the query string", () => {
    const q = parseTimelineQuery({ show: "events", type: "airstrike", actor: "iraq" }, vocab);
    expect(timelineQueryString(q)).toBe("?show=events&type=airstrike&actor=iraq");
    expect(timelineQueryString({ kinds: [], type: [], act: [] })).toBe("");
  });
});

describe("parseCompareQuery", () => {
  const sources = ["a-src", "b-src", "c-src"];

  it("takes any number of the story's sources, in the order asked, dropping strangers", () => {
    expect(parseCompareQuery({ s: ["c-src", "a-src", "elsewhere"] }, sources)).toEqual([
      "c-src",
      "a-src",
    ]);
    expect(parseCompareQuery({ s: "a-src,b-src,c-src,a-src" }, sources)).toEqual(sources);
  });

  it("keeps the older two-column address working", () => {
    expect(parseCompareQuery({ a: "c-src", b: "a-src" }, sources)).toEqual(["c-src", "a-src"]);
    expect(parseCompareQuery({ a: "b-src", b: "b-src" }, sources)).toEqual(["b-src", "a-src"]);
    expect(parseCompareQuery({ a: "elsewhere" }, sources)).toEqual(["a-src", "b-src"]);
  });

  it("compares every source when fewer than two are asked for", () => {
    expect(parseCompareQuery({}, sources)).toEqual(sources);
    expect(parseCompareQuery({ s: "b-src" }, sources)).toEqual(sources);
  });

  it("has nothing to compare with one source", () => {
    expect(parseCompareQuery({}, ["a-src"])).toBeNull();
  });
});

describe("parseSearchQuery", () => {
  it("trims, collapses spaces and bounds the length", () => {
    expect(parseSearchQuery({ q: "  US   embassy " })).toBe("US embassy");
    expect(parseSearchQuery({ q: "x".repeat(500) })).toHaveLength(200);
    expect(parseSearchQuery({})).toBe("");
  });
});
