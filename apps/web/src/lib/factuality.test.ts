import { describe, expect, it } from "vitest";
import { factualityBadge, factualityNotes, factualityPhrase } from "./factuality";

const att = (source: string, factuality: "happened" | "claimed" | "planned", by?: string) => ({
  source,
  factuality,
  ...(by ? { by } : {}),
});

describe("factualityPhrase", () => {
  it("says whose claim it is, by the actor's name", () => {
    expect(factualityPhrase(att("a", "claimed", "muqtada-al-sadr"))).toBe(
      "claimed by Muqtada al-Sadr",
    );
    expect(factualityPhrase(att("a", "planned"))).toBe("planned");
    expect(factualityPhrase(att("a", "happened"))).toBe("happened");
  });
});

describe("factualityNotes", () => {
  it("says nothing of an event every source reports as having happened", () => {
    expect(factualityNotes({ attestations: [att("a", "happened"), att("b", "happened")] })).toEqual(
      [],
    );
  });

  it("names the sources that report a claim only where the sources disagree", () => {
    const all = factualityNotes({ attestations: [att("a", "claimed", "muqtada-al-sadr")] });
    expect(all).toEqual([{ phrase: "claimed by Muqtada al-Sadr", sources: [] }]);
    expect(factualityBadge(all[0] as (typeof all)[0])).toBe("claimed by Muqtada al-Sadr");
    const split = factualityNotes({
      attestations: [att("a", "happened"), att("b", "planned")],
    });
    expect(split).toEqual([{ phrase: "planned", sources: ["b"] }]);
    expect(factualityBadge({ phrase: "planned", sources: ["tellerreport-2020-01-05"] })).toBe(
      "tellerreport.com: planned",
    );
  });
});
