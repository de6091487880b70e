import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";

describe("date phrases", () => {
  it("resolves weekdays against the publication date and keeps their words", () => {
    const text = "Speaking on Sunday, he said the strike on Friday morning was planned.";
    const dates = findDates(text, "2020-01-05");
    expect(dates.map((d) => [d.words, d.value, d.partOfDay])).toEqual([
      ["on Sunday", "2020-01-05", undefined],
      ["on Friday morning", "2020-01-03", "morning"],
    ]);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.words);
  });

  it("reads late on Monday as the Monday before publication", () => {
    const [date] = findDates("The vote came late on Monday.", "2020-01-08");
    expect(date?.value).toBe("2020-01-06");
  });
});
