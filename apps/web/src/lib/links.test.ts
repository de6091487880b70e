import { describe, expect, it } from "vitest";
import { anchorId, sourceHref } from "./links";

describe("anchorId", () => {
  it("keeps ids that already carry their kind's prefix and prefixes the rest", () => {
    expect(anchorId({ kind: "event", id: "ev-baghdad-airport-strike" })).toBe(
      "ev-baghdad-airport-strike",
    );
    expect(anchorId({ kind: "actor", id: "muqtada-al-sadr" })).toBe("ac-muqtada-al-sadr");
  });

  it("builds a link that lands on a record's words in a source", () => {
    expect(sourceHref("tellerreport-2020-01-05", { kind: "statement", id: "st-x" })).toBe(
      "/sources/tellerreport-2020-01-05#st-x",
    );
  });
});
