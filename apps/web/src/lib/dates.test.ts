import type { PartialDate } from "@dossier/core";
import { describe, expect, it } from "vitest";
import { displayDate, displayIsoDate } from "./dates";

const date = (d: Partial<PartialDate> & Pick<PartialDate, "value" | "precision">): PartialDate => ({
  approximate: false,
  resolution: { basis: "relative", words: [], context: [], reasoning: "test" },
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

describe("displayIsoDate", () => {
  it("reads the precision off an ISO date", () => {
    expect(displayIsoDate("2019-11")).toBe("Nov 2019");
    expect(displayIsoDate("2020-01-05")).toBe("5 Jan 2020");
    expect(displayIsoDate("2018")).toBe("2018");
  });
});
