import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../schemas/dataset.js";
import { realDataset } from "../test-support/data.js";
import { actorProfile } from "./actors.js";
import { compareSources, coverage } from "./compare.js";
import { compareDates, formatPartialDate } from "./dates.js";
import { filterEvents, filterStatements, timeline } from "./filters.js";
import { search } from "./search.js";
import { sourceSegments } from "./sources.js";

let ds: Dataset;
const STORY = "iraq-parliament-foreign-forces-2020";
const REPRINT = "tellerreport-2020-01-05";
const REWRITE = "cosmoschronicle-parliament-resolution";
beforeAll(async () => {
  ds = await realDataset();
});

describe("timeline", () => {
  it("puts the al-Qaim strikes first and the strike at the airport before the vote", () => {
    const ids = timeline(ds, { story: STORY, kinds: ["event"] }).map((e) => e.record.id);
    expect(ids[0]).toBe("ev-us-strikes-al-qaim");
    expect(ids.indexOf("ev-baghdad-airport-strike")).toBeLessThan(
      ids.indexOf("ev-parliament-resolution"),
    );
  });

  it("filters by actor and by date range", () => {
    const sadr = "muqtada-al-sadr";
    const entries = timeline(ds, { actor: sadr });
    expect(entries.some((e) => e.kind === "statement" && e.record.speaker === sadr)).toBe(true);
    for (const e of entries) {
      const involved =
        e.kind === "event"
          ? e.record.participants.some((p) => p.actor === sadr)
          : [
              e.record.speaker,
              ...e.record.addressees,
              ...e.record.targets,
              ...e.record.mentions,
            ].includes(sadr);
      expect(involved, e.record.id).toBe(true);
    }
    const before2020 = timeline(ds, { to: "2019-12-31" });
    expect(before2020.map((e) => e.record.id)).toContain("ev-us-strikes-al-qaim");
    expect(before2020.every((e) => e.record.date.earliest.slice(0, 10) <= "2019-12-31")).toBe(true);
    expect(before2020.map((e) => e.record.id)).not.toContain("ev-parliament-resolution");
  });
});

describe("timeline by speaker", () => {
  it("keeps only what that actor said, no events", () => {
    const said = timeline(ds, { speaker: "iraqi-foreign-ministry" });
    expect(said.length).toBeGreaterThan(1);
    expect(said.length).toBe(filterStatements(ds, { speaker: "iraqi-foreign-ministry" }).length);
    expect(
      said.every((e) => e.kind === "statement" && e.record.speaker === "iraqi-foreign-ministry"),
    ).toBe(true);
    expect(timeline(ds, { actor: "iraqi-foreign-ministry" }).some((e) => e.kind === "event")).toBe(
      true,
    );
  });
});

describe("filters", () => {
  it("finds statements by speaker, act and how a source renders them", () => {
    const demands = filterStatements(ds, { speaker: "muqtada-al-sadr", act: ["demand"] });
    expect(demands.map((s) => s.id)).toContain("st-sadr-close-embassy");
    expect(demands.every((s) => s.speaker === "muqtada-al-sadr" && s.act === "demand")).toBe(true);
    expect(demands.length).toBeLessThan(
      filterStatements(ds, { speaker: "muqtada-al-sadr" }).length + 1,
    );
    const partial = filterStatements(ds, { quotation: ["partial"] });
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.every((s) => s.attestations.some((a) => a.quotation === "partial"))).toBe(true);
  });

  it("answers a filter on one key as a scan of every record would, each time a list of its own", () => {
    const inOrder = <T extends { date: Parameters<typeof compareDates>[0] }>(list: readonly T[]) =>
      [...list].sort((a, b) => compareDates(a.date, b.date));
    const statements = inOrder(ds.statements);
    const events = inOrder(ds.events);
    const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);
    const sources = (r: { attestations: readonly { source: string }[] }) =>
      r.attestations.map((a) => a.source);
    const said = (s: (typeof statements)[number]) => [
      s.speaker,
      ...s.targets,
      ...s.addressees,
      ...s.mentions,
    ];
    const statementKeys = {
      story: (s: (typeof statements)[number]) => [s.story],
      speaker: (s: (typeof statements)[number]) => [s.speaker],
      actor: said,
      source: sources,
      about: (s: (typeof statements)[number]) => s.about,
    };
    for (const [key, values] of Object.entries(statementKeys)) {
      for (const value of new Set(statements.flatMap(values))) {
        if (!value) continue;
        const expected = ids(statements.filter((s) => values(s).includes(value)));
        const found = filterStatements(ds, { [key]: value });
        expect(ids(found), `${key}=${value}`).toEqual(expected);
        found.reverse();
        expect(ids(filterStatements(ds, { [key]: value }))).toEqual(expected);
      }
    }
    const eventKeys = {
      story: (e: (typeof events)[number]) => [e.story],
      actor: (e: (typeof events)[number]) => e.participants.map((p) => p.actor),
      source: sources,
    };
    for (const [key, values] of Object.entries(eventKeys)) {
      for (const value of new Set(events.flatMap(values))) {
        const expected = ids(events.filter((e) => values(e).includes(value)));
        const found = filterEvents(ds, { [key]: value });
        expect(ids(found), `${key}=${value}`).toEqual(expected);
        found.reverse();
        expect(ids(filterEvents(ds, { [key]: value }))).toEqual(expected);
      }
    }
    expect(ids(filterStatements(ds, { act: [], text: "  " }))).toEqual(ids(statements));
  });

  it("finds events by type and source, and by words regardless of case and apostrophes", () => {
    const strikes = filterEvents(ds, { type: ["airstrike"] });
    expect(strikes.map((e) => e.id)).toEqual(
      expect.arrayContaining(["ev-us-strikes-al-qaim", "ev-baghdad-airport-strike"]),
    );
    expect(strikes.every((e) => e.type === "airstrike")).toBe(true);
    expect(
      filterEvents(ds, { source: REWRITE }).some((e) => e.id === "ev-ambassador-summoned"),
    ).toBe(false);
    expect(filterEvents(ds, { text: "iran's quds force" }).map((e) => e.id)).toContain(
      "ev-baghdad-airport-strike",
    );
    expect(filterEvents(ds, { text: "IRAN’S QUDS FORCE" }).map((e) => e.id)).toContain(
      "ev-baghdad-airport-strike",
    );
  });
});

describe("actor profile", () => {
  it("shows every alias with the sources that use it, misspellings flagged", () => {
    const profile = actorProfile(ds, "matthew-tueller");
    const tooler = profile?.aliases.find((a) => a.name === "Matthew Tooler");
    expect(tooler).toMatchObject({ variant: "misspelling", sources: [REPRINT] });
    const mahdi = actorProfile(ds, "adil-abdul-mahdi");
    expect(mahdi?.statements.length).toBeGreaterThanOrEqual(6);
    expect(mahdi?.roles[0]?.ofActor?.id).toBe("iraqi-government");
  });

  it("returns nothing for an unknown actor", () => {
    expect(actorProfile(ds, "nobody")).toBeUndefined();
  });
});

describe("source segments", () => {
  it("cut the text so that the pieces give it back exactly, each annotated span linked to its record", () => {
    const source = ds.sources.find((s) => s.id === REPRINT);
    const segments = sourceSegments(ds, REPRINT);
    expect(segments.map((s) => s.text).join("")).toBe(source?.text);
    const tooler = segments.find((s) => s.text.includes("Tooler"));
    expect(tooler?.annotations.map((a) => a.ref.id)).toContain("matthew-tueller");
  });
});

describe("source comparison", () => {
  it("derives the coverage matrix from evidence", () => {
    const rows = coverage(ds, STORY);
    const meeting = rows.find((r) => r.ref.id === "st-abdul-mahdi-meeting-soleimani");
    expect(meeting?.bySource[REPRINT]?.length).toBe(1);
    expect(meeting?.bySource[REWRITE]?.length).toBe(1);
  });

  it("says what each source carries alone, and lists framings and discrepancies", () => {
    const cmp = compareSources(ds, [REPRINT, REWRITE]);
    expect(cmp.onlyIn[REPRINT]?.map((r) => r.ref.id)).toContain("ev-ambassador-summoned");
    expect(cmp.onlyIn[REWRITE]?.map((r) => r.ref.id)).toContain("ev-security-council-complaint");
    expect(cmp.shared.map((r) => r.ref.id)).toContain("ev-parliament-resolution");
    expect(cmp.framings.map((f) => f.id)).toContain("fr-baghdad-airport-strike");
    expect(cmp.discrepancies.map((d) => d.id)).toContain("disc-coalition-scope");
  });
});

describe("search", () => {
  it("finds a statement by a word of its quote, ranked first", () => {
    expect(search(ds, "commensurate")[0]?.ref).toEqual({
      kind: "statement",
      id: "st-sadr-poor-response",
    });
  });

  it("forgives case, accents and a typo, and filters by kind", () => {
    const hits = search(ds, "soleimanni", { kinds: ["actor"] });
    expect(hits[0]?.ref).toEqual({ kind: "actor", id: "qasem-soleimani" });
    expect(search(ds, "   ")).toEqual([]);
  });
});

describe("dates", () => {
  it("show their precision as a reader expects", () => {
    const strike = ds.events.find((e) => e.id === "ev-baghdad-airport-strike");
    expect(formatPartialDate(strike?.date as never)).toBe("3 Jan 2020, early morning");
    expect(formatPartialDate({ value: "2019-12", precision: "month", periodPart: "late" })).toBe(
      "late Dec 2019",
    );
    expect(formatPartialDate({ value: "2020-01-05", precision: "day" }, { style: "long" })).toBe(
      "5 January 2020",
    );
    expect(formatPartialDate({ value: "2020", precision: "year", approximate: true })).toBe(
      "c. 2020",
    );
  });
});
