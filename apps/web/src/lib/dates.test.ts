import type { PartialDate } from "@dossier/core";
import { describe, expect, it } from "vitest";
import { displayDate, displayIsoDate } from "./dates";

const date = (d: Partial<PartialDate> & Pick<PartialDate, "value" | "precision">): PartialDate => ({
  approximate: false,
  resolution: { basis: "relative", words: [], context: [], reasoning: "test" },
  earliest: d.value.slice(0, 10),
  latest: d.value.slice(0, 10),
  edtf: d.value,
  order: 0,
  ...d,
});

describe("displayDate", () => {
  it("shows a day with its part of the day", () => {
    const d = displayDate(
      date({ value: "2020-01-03", precision: "day", partOfDay: "early-morning" }),
    );
    expect(d.text).toBe("3 Jan 2020, early morning");
    expect(d.dateTime).toBe("2020-01-03");
    expect(d.precision).toBe("known to the day");
    expect(d.basis).toBe("worked out from relative words");
  });

  it("shows part of a month and keeps the machine date to the month", () => {
    const d = displayDate(date({ value: "2019-12", precision: "month", periodPart: "late" }));
    expect(d.text).toBe("late Dec 2019");
    expect(d.dateTime).toBe("2019-12");
  });

  it("spells months out in the long style and flags estimates", () => {
    const d = displayDate(
      date({ value: "2020-01-05", precision: "day", approximate: true }),
      "long",
    );
    expect(d.text).toBe("c. 5 January 2020");
    expect(d.precision).toBe("known to the day, approximately");
  });

  it("keeps the minute for time precision", () => {
    expect(displayDate(date({ value: "2020-01-03T00:47", precision: "time" })).dateTime).toBe(
      "2020-01-03T00:47",
    );
  });
});

describe("displayDate of an anchored date", () => {
  it("reads as the range the anchors leave, and gives no single machine date", () => {
    const d = displayDate(
      date({
        value: "2020-01",
        precision: "month",
        periodPart: "early",
        after: { record: "ev-baghdad-airport-strike" },
        before: { date: "2020-01-05" },
        earliest: "2020-01-03",
        latest: "2020-01-05",
        edtf: "2020-01-03/2020-01-05",
        resolution: { basis: "anchored", words: [], context: [], reasoning: "test" },
      }),
    );
    expect(d.text).toBe("3–5 Jan 2020");
    expect(d.range).toBe(true);
    expect(d.dateTime).toBeUndefined();
    expect(d.basis).toBe("known only from the records it comes after or before");
  });

  it("keeps the date's own words when the anchors do not narrow it to a span", () => {
    const d = displayDate(
      date({ value: "2020-01-05", precision: "day", after: { date: "2020-01-03" } }),
    );
    expect(d.text).toBe("5 Jan 2020");
    expect(d.range).toBe(false);
  });
});

describe("displayIsoDate", () => {
  it("reads the precision off an ISO date", () => {
    expect(displayIsoDate("2019-11")).toBe("Nov 2019");
    expect(displayIsoDate("2020-01-05")).toBe("5 Jan 2020");
    expect(displayIsoDate("2018")).toBe("2018");
  });
});
