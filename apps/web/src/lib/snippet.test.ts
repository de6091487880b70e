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
