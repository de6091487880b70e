import { describe, expect, it } from "vitest";
import { markTerms } from "./snippet";

describe("markTerms", () => {
  it("marks each query word wherever it appears, ignoring case and curly quotes", () => {
    expect(markTerms("Iraq’s sovereignty, said Iraq", "iraq's IRAQ")).toEqual([
      { text: "Iraq’s", match: true },
      { text: " sovereignty, said ", match: false },
      { text: "Iraq", match: true },
    ]);
  });

  it("leaves text alone for an empty query", () => {
    expect(markTerms("text", "  ")).toEqual([{ text: "text", match: false }]);
  });
});

describe("markTerms with characters that fold to several", () => {
  it("still marks words after an ellipsis", () => {
    expect(markTerms("…of its sovereignty.", "sovereignty")).toEqual([
      { text: "…of its ", match: false },
      { text: "sovereignty", match: true },
      { text: ".", match: false },
    ]);
  });
});
