import { describe, expect, it } from "vitest";
import { SpeechActSchema } from "../schemas/speech-acts.js";
import { compileWith, positionOf, realDataset, realFiles, STORY } from "../test-support/data.js";
import { formatDataError } from "./errors.js";

const EVENTS = `${STORY}/events.yaml`;
const STATEMENTS = `${STORY}/statements.yaml`;

describe("the curated data", () => {
  it("compiles with no problem", async () => {
    const ds = await realDataset();
    expect(ds.stories.map((s) => s.id)).toEqual(["iraq-parliament-foreign-forces-2020"]);
    expect(ds.events.length).toBeGreaterThanOrEqual(9);
    expect(ds.statements.length).toBeGreaterThanOrEqual(25);
  });

  it("grounds every evidence span in the exact words of its source", async () => {
    const ds = await realDataset();
    const texts = new Map(ds.sources.map((s) => [s.id, s.text]));
    const all = JSON.stringify(ds);
    const spans = [
      ...all.matchAll(
        /"source":"([a-z0-9-]+)","quote":("(?:[^"\\]|\\.)*")(?:,"occurrence":\d+)?,"start":(\d+),"end":(\d+)/g,
      ),
    ];
    expect(spans.length).toBeGreaterThan(150);
    for (const [, source, quote, start, end] of spans) {
      expect(texts.get(source as string)?.slice(Number(start), Number(end))).toBe(
        JSON.parse(quote as string),
      );
    }
  });

  it("keeps each source's text byte for byte as the seed files", async () => {
    const { readFile } = await import("node:fs/promises");
    const { createHash } = await import("node:crypto");
    const ds = await realDataset();
    const files = await realFiles();
    for (const source of ds.sources) {
      const onDisk = await readFile(
        new URL(
          `../../../../data/${files.find((f) => f.path.endsWith(`${source.id}.txt`))?.path}`,
          import.meta.url,
        ),
      );
      expect(createHash("sha256").update(onDisk).digest("hex")).toBe(source.sha256);
    }
  });
});

describe("data checks say what is wrong and where", () => {
  it("reports a quote that is not in its source, with the closest passage", async () => {
    const errors = await compileWith(EVENTS, (t) =>
      t.replace('quote: "the American raids in Qaim" }', 'quote: "the American raid in Qaim" }'),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(errors.text, 'quote: "the American raid in Qaim"')} events[0].evidence[0].quote: quote not found in source "tellerreport-2020-01-05"; the closest passage is "the American raids in Qaim,"`,
    ]);
  });

  it("reports a quote found more than once without saying which", async () => {
    const errors = await compileWith(EVENTS, (t) =>
      t.replace('quote: "the American raids in Qaim" }', 'quote: "Iraqi parliament" }'),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe("quote-ambiguous");
    expect(formatDataError(errors[0] as never)).toMatch(
      new RegExp(
        `^${EVENTS}:${positionOf(errors.text, 'quote: "Iraqi parliament"')} events\\[0\\]\\.evidence\\[0\\]\\.quote: quote occurs 3 times in source "tellerreport-2020-01-05" \\(at characters \\d+, \\d+, \\d+\\); say which with \`occurrence: 1\` to \`3\`, or quote more words$`,
      ),
    );
  });

  it("accepts an ambiguous quote once its occurrence is given, and rejects one out of range", async () => {
    const fixed = await compileWith(EVENTS, (t) =>
      t.replace(
        'quote: "the American raids in Qaim" }',
        'quote: "Iraqi parliament", occurrence: 2 }',
      ),
    );
    expect([...fixed]).toEqual([]);
    const errors = await compileWith(EVENTS, (t) =>
      t.replace(
        'quote: "the American raids in Qaim" }',
        'quote: "Iraqi parliament", occurrence: 9 }',
      ),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(errors.text, "occurrence: 9")} events[0].evidence[0].occurrence: occurrence 9 asked for, but the quote occurs 3 times in source "tellerreport-2020-01-05"`,
    ]);
  });

  it("reports duplicate ids with where the first one is", async () => {
    const errors = await compileWith(EVENTS, (t) =>
      t.replace("id: ev-us-travel-advisory", "id: ev-us-strikes-al-qaim"),
    );
    expect(errors.map(formatDataError)).toContain(
      `${EVENTS}:${positionOf(errors.text.replace("id: ev-us-strikes-al-qaim", "id: first-one"), "id: ev-us-strikes-al-qaim")} events[2].id: id "ev-us-strikes-al-qaim" is already used by the event at ${EVENTS}:${positionOf(errors.text, "id: ev-us-strikes-al-qaim").split(":")[0]}`,
    );
  });

  it("reports a reference to a record that does not exist", async () => {
    const errors = await compileWith(EVENTS, (t) => t.replace("place: al-qaim", "place: al-kaim"));
    expect(errors.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(errors.text, "place: al-kaim")} events[0].place: place "al-kaim" does not exist`,
    ]);
  });

  it("reports a reference to a record of the wrong kind", async () => {
    const errors = await compileWith(STATEMENTS, (t) =>
      t.replace("speaker: adil-abdul-mahdi", "speaker: baghdad"),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(errors.text, "speaker: baghdad")} statements[0].speaker: "baghdad" is a place, not a actor`,
    ]);
  });

  it("reports a date that is no date", async () => {
    const errors = await compileWith(EVENTS, (t) =>
      t.replace('value: "2019-12-29"', 'value: "2019-02-30"'),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(errors.text, 'value: "2019-02-30"')} events[0].date.value: "2019-02-30" is no date: 2019-02 has 28 days`,
    ]);
  });

  it("reports a date written at the wrong precision", async () => {
    const errors = await compileWith(EVENTS, (t) =>
      t.replace('value: "2019-12-29"', 'value: "29/12/2019"'),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(errors.text, 'value: "29/12/2019"')} events[0].date.value: "29/12/2019" is not a day-precision date; write it like "2020-01-05"`,
    ]);
  });

  it("reports a record with no evidence", async () => {
    const errors = await compileWith(EVENTS, (t) =>
      t.replace(
        / {4}evidence:\n {6}- \{ source: tellerreport-2020-01-05, quote: "the American raids in Qaim" \}\n/,
        "    evidence: []\n",
      ),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(errors.text, "evidence: []")} events[0].evidence: event "ev-us-strikes-al-qaim" has no evidence: quote the words of at least one source`,
    ]);
  });

  it("reports a source that no record cites", async () => {
    const files = (await realFiles()).filter(
      (f) => f.path.endsWith(".txt") || f.path.endsWith(".yaml"),
    );
    const extra = files.map((f) => ({ ...f }));
    extra.push({
      path: `${STORY}/sources/unused-report.yaml`,
      text: "title: { status: unknown, note: none }\npublisher: { status: unknown, note: none }\nurl: { status: unknown, note: none }\npublished: { status: unknown, note: none }\nlanguage: en\nderivation: { kind: original }\ntext: unused-report.txt\n",
    });
    extra.push({ path: `${STORY}/sources/unused-report.txt`, text: "A report nobody quotes." });
    const { compileDataset } = await import("./compile.js");
    const result = compileDataset(extra);
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([
      `${STORY}/sources/unused-report.yaml:1:1 id: source "unused-report" is cited by no record: quote it as evidence, or remove it`,
    ]);
  });

  it("reports schema errors: a wrong value, a missing field and an unknown field", async () => {
    const errors = await compileWith(STATEMENTS, (t) =>
      t
        .replace("act: claim\n    gist: The US forces", "act: boast\n    gist: The US forces")
        .replace(
          "mode: indirect\n    act: claim\n    gist: >-\n      Soleimani",
          "act: claim\n    gist: >-\n      Soleimani",
        )
        .replace("    targets: [us-forces]\n", "    target: [us-forces]\n"),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(errors.text, "- id: st-abdul-mahdi-us-mission-limited").replace(/:\d+$/, ":5")} statements[0]: unknown field "target"`,
      `${STATEMENTS}:${positionOf(errors.text, "act: boast")} statements[0].act: Invalid option: expected one of ${SpeechActSchema.options.map((a) => `"${a}"`).join("|")}`,
      `${STATEMENTS}:${positionOf(errors.text, "- id: st-abdul-mahdi-meeting-soleimani").replace(/:\d+$/, ":5")} statements[1].mode: required field is missing: expected one of "direct-quote"|"indirect"|"paraphrase"|"unattributed"`,
    ]);
  });

  it("reports offsets written by hand, which the build owns", async () => {
    const errors = await compileWith(EVENTS, (t) =>
      t.replace(
        'quote: "the American raids in Qaim" }',
        'quote: "the American raids in Qaim", start: 5 }',
      ),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(errors.text, "start: 5")} events[0].evidence[0].start: start is computed by the build from the quote; remove it`,
    ]);
  });

  it("reports YAML that does not parse, at its line", async () => {
    const errors = await compileWith(EVENTS, (t) =>
      t.replace(
        "    type: airstrike\n    title: US strikes at al-Qaim",
        "    type: airstrike\n    title: [US strikes at al-Qaim",
      ),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe("yaml");
    expect(formatDataError(errors[0] as never)).toMatch(
      new RegExp(`^${EVENTS}:\\d+:\\d+ \\(file\\): not valid YAML: `),
    );
  });

  it("reports a quote from a source outside the record's story", async () => {
    const files = (await realFiles()).map((f) => ({ ...f }));
    const storyFile = files.find((f) => f.path === `${STORY}/story.yaml`);
    if (!storyFile) throw new Error("no story.yaml");
    storyFile.text = storyFile.text.replace("    - cosmoschronicle-parliament-resolution\n", "");
    const { compileDataset } = await import("./compile.js");
    const result = compileDataset(files);
    const messages = result.ok ? [] : result.errors.map(formatDataError);
    const events = files.find((f) => f.path === EVENTS)?.text ?? "";
    expect(messages).toContain(
      `${EVENTS}:${positionOf(events, 'source: cosmoschronicle-parliament-resolution, quote: "on Friday morning"')} events[1].date.resolution.words[0].source: source "cosmoschronicle-parliament-resolution" is not one of story "iraq-parliament-foreign-forces-2020"'s sources`,
    );
  });
});
