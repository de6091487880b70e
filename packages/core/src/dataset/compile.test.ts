import { describe, expect, it } from "vitest";
import { SpeechActSchema } from "../schemas/speech-acts.js";
import {
  compileWith,
  FIXTURE_STORY,
  fixtureFiles,
  positionOf,
  realDataset,
  realFiles,
} from "../test-support/data.js";
import { compileDataset } from "./compile.js";
import { formatDataError } from "./errors.js";

const EVENTS = `${FIXTURE_STORY}/events.yaml`;
const STATEMENTS = `${FIXTURE_STORY}/statements.yaml`;
const GAZETTE = `${FIXTURE_STORY}/sources/gazette.txt`;

/** Every evidence object anywhere in a value: it has a quote and its computed anchors. */
function evidenceIn(node: unknown): {
  source: string;
  quote: string;
  start: number;
  end: number;
  codePoints: { start: number; end: number };
  prefix: string;
  suffix: string;
}[] {
  if (Array.isArray(node)) return node.flatMap(evidenceIn);
  if (typeof node !== "object" || node === null) return [];
  const here = "quote" in node && "codePoints" in node ? [node as never] : [];
  return [...here, ...Object.values(node).flatMap(evidenceIn)];
}

describe("the curated data", () => {
  it("compiles with no problem", async () => {
    const ds = await realDataset();
    expect(ds.stories.map((s) => s.id)).toEqual(["iraq-parliament-foreign-forces-2020"]);
    expect(ds.events.length).toBeGreaterThanOrEqual(9);
    expect(ds.statements.length).toBeGreaterThanOrEqual(25);
  });

  it("anchors every quote in its source by UTF-16 offsets, code points and context", async () => {
    const ds = await realDataset();
    const texts = new Map(ds.sources.map((s) => [s.id, s.text]));
    const spans = evidenceIn(ds);
    expect(spans.length).toBeGreaterThan(150);
    for (const span of spans) {
      const text = texts.get(span.source) ?? "";
      expect(text.slice(span.start, span.end)).toBe(span.quote);
      expect([...text].slice(span.codePoints.start, span.codePoints.end).join("")).toBe(span.quote);
      expect(text.slice(0, span.start).endsWith(span.prefix)).toBe(true);
      expect(text.slice(span.end).startsWith(span.suffix)).toBe(true);
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

  it("orders the chronology so that nothing comes before what it is anchored after", async () => {
    const ds = await realDataset();
    const dated = [...ds.events, ...ds.statements];
    const byId = new Map(dated.map((r) => [r.id, r]));
    expect(new Set(dated.map((r) => r.date.order)).size).toBe(dated.length);
    let anchored = 0;
    for (const r of dated) {
      expect(r.date.earliest <= r.date.latest, r.id).toBe(true);
      const after =
        r.date.after && "record" in r.date.after ? byId.get(r.date.after.record) : undefined;
      if (after) {
        anchored++;
        expect(r.date.order, `${r.id} after ${after.id}`).toBeGreaterThan(after.date.order);
        expect(r.date.earliest.slice(0, 10) >= after.date.earliest.slice(0, 10)).toBe(true);
      }
    }
    expect(anchored).toBeGreaterThan(0);
  });
});

describe("the fixture", () => {
  it("compiles, with dates bounded by their anchors and written in EDTF", async () => {
    const result = compileDataset(await fixtureFiles());
    if (!result.ok) throw new Error(result.errors.map(formatDataError).join("\n"));
    const event = (id: string) => result.dataset.events.find((e) => e.id === id);
    expect(event("ev-bridge-vote")?.date).toMatchObject({
      edtf: "2026-03-10",
      earliest: "2026-03-10",
      latest: "2026-03-10",
    });
    // before the vote, in its month: the first ten days
    expect(event("ev-protest")?.date).toMatchObject({
      edtf: "2026-03-01/2026-03-10",
      earliest: "2026-03-01",
      latest: "2026-03-10",
    });
    expect(event("ev-new-crossing")?.date).toMatchObject({ edtf: "2026-03-10/2026-03-31" });
    const order = [...result.dataset.events, ...result.dataset.statements]
      .sort((a, b) => a.date.order - b.date.order)
      .map((r) => r.id);
    expect(order.indexOf("ev-protest")).toBeLessThan(order.indexOf("ev-bridge-vote"));
    expect(order.indexOf("st-critics-ignored")).toBeGreaterThan(order.indexOf("ev-bridge-vote"));
  });
});

describe("data checks say what is wrong and where", () => {
  it("reports a quote that is not in its source, with the passage to quote instead", async () => {
    const errors = await compileWith(STATEMENTS, (t) =>
      t.replace('quote: "promised a new crossing"', 'quote: "promised a new bridge crossing"'),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(errors.text, 'quote: "promised a new bridge crossing"')} statements[1].attestations[0].evidence[0].quote: quote not found in source "courier"; the closest passage, 7 edits away at characters 97-120, reads "promised a new crossing": if the text was corrected, quote that instead`,
    ]);
  });

  it("re-anchors quotes after a source text is corrected, and suggests the fix for those it broke", async () => {
    // a line added before the quotes: every quote moves by its length and still anchors exactly
    const files = (await fixtureFiles()).map((f) =>
      f.path === GAZETTE ? { ...f, text: `Updated.\n${f.text}` } : f,
    );
    const before = compileDataset(await fixtureFiles());
    const after = compileDataset(files);
    if (!before.ok || !after.ok) throw new Error("the fixture should compile before and after");
    const start = (r: typeof before) =>
      r.ok ? r.dataset.events[0]?.attestations[0]?.evidence[0]?.start : -1;
    expect((start(after) ?? 0) - (start(before) ?? 0)).toBe("Updated.\n".length);
    // a word corrected inside quoted words: each quote it broke is reported with the corrected passage
    const broken = await compileWith(GAZETTE, (t) => t.replace("old bridge", "old brige"));
    expect(broken.map((e) => `${e.file} ${e.path}`)).toEqual([
      "places.yaml places[0].mentions[0].quote",
      `${FIXTURE_STORY}/events.yaml events[0].attestations[0].evidence[0].quote`,
      `${FIXTURE_STORY}/framings.yaml framings[0].terms[0].evidence[0].quote`,
    ]);
    for (const error of broken)
      expect(error.message).toMatch(
        /^quote not found in source "gazette"; the closest passage, 1 edit away at characters \d+-\d+, reads "[^"]*old brige": if the text was corrected, quote that instead$/,
      );
  });

  it("reports a quote found more than once without saying which, and one out of range", async () => {
    const ambiguous = await compileWith(STATEMENTS, (t) =>
      t.replace('cue: { quote: "said", occurrence: 1 }', 'cue: { quote: "said" }'),
    );
    expect(ambiguous.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(ambiguous.text, 'quote: "said" }')} statements[0].attestations[0].cue.quote: quote occurs 2 times in source "gazette" (at characters 118, 169); say which with \`occurrence: 1\` to \`2\`, or quote more words`,
    ]);
    const outOfRange = await compileWith(STATEMENTS, (t) =>
      t.replace('cue: { quote: "said", occurrence: 1 }', 'cue: { quote: "said", occurrence: 3 }'),
    );
    expect(outOfRange.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(outOfRange.text, "occurrence: 3")} statements[0].attestations[0].cue.occurrence: occurrence 3 asked for, but the quote occurs 2 times in source "gazette"`,
    ]);
  });

  it("reports duplicate ids with where the first one is", async () => {
    const errors = await compileWith(EVENTS, (t) =>
      t.replace("id: ev-protest", "id: ev-bridge-vote"),
    );
    expect(errors.map(formatDataError)).toContain(
      `${EVENTS}:${positionOf(errors.text.replace("id: ev-bridge-vote", "id: first-one00"), "id: ev-bridge-vote")} events[1].id: id "ev-bridge-vote" is already used by the event at ${EVENTS}:${positionOf(errors.text, "id: ev-bridge-vote").split(":")[0]}`,
    );
  });

  it("reports a reference to a record that does not exist, and one of the wrong kind", async () => {
    const missing = await compileWith(EVENTS, (t) =>
      t.replace("place: old-bridge", "place: new-bridge"),
    );
    expect(missing.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(missing.text, "place: new-bridge")} events[0].place: place "new-bridge" does not exist`,
    ]);
    const wrongKind = await compileWith(STATEMENTS, (t) =>
      t.replace("speaker: ana-ruiz", "speaker: old-bridge"),
    );
    expect(wrongKind.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(wrongKind.text, "speaker: old-bridge")} statements[0].speaker: "old-bridge" is a place, not a actor`,
    ]);
  });

  it("reports a date that is no date, and one written at the wrong precision", async () => {
    const noDate = await compileWith(EVENTS, (t) =>
      t.replace('value: "2026-03-10"', 'value: "2026-02-30"'),
    );
    expect(noDate.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(noDate.text, 'value: "2026-02-30"')} events[0].date.value: "2026-02-30" is no date: 2026-02 has 28 days`,
    ]);
    const wrong = await compileWith(EVENTS, (t) =>
      t.replace('value: "2026-03-10"', 'value: "10/03/2026"'),
    );
    expect(wrong.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(wrong.text, 'value: "10/03/2026"')} events[0].date.value: "10/03/2026" is not a day-precision date; write it like "2020-01-05"`,
    ]);
  });

  it("reports date anchors that form a cycle, leave no possible date, or name no dated record", async () => {
    const cycle = await compileWith(EVENTS, (t) =>
      t.replace(
        "      precision: day\n      resolution:",
        "      precision: day\n      after: { record: ev-new-crossing }\n      resolution:",
      ),
    );
    expect(cycle.map(formatDataError)).toContain(
      `${EVENTS}:${positionOf(cycle.text, "date: &vote-day")} events[0].date: the date anchors of "ev-bridge-vote" form a cycle`,
    );
    const impossible = await compileWith(EVENTS, (t) =>
      t.replace(
        '      value: "2026-03"\n      precision: month\n      before:',
        '      value: "2026-04"\n      precision: month\n      before:',
      ),
    );
    expect(impossible.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(impossible.text, "- id: ev-protest")}`.replace(/:\d+:\d+$/, "") &&
        expect.stringMatching(
          /events\[1\]\.date: the date's value and anchors leave no possible date: not before 2026-04-01 yet not after 2026-03-10$/,
        ),
    ] as never);
    const nowhere = await compileWith(EVENTS, (t) =>
      t.replace("before: { record: ev-bridge-vote }", "before: { record: ev-no-such-vote }"),
    );
    expect(nowhere.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(nowhere.text, "record: ev-no-such-vote")} events[1].date.before.record: "ev-no-such-vote" is no dated event or statement`,
    ]);
  });

  it("builds schema messages from zod's issue fields: a wrong value, a missing field, an unknown field", async () => {
    const errors = await compileWith(STATEMENTS, (t) =>
      t
        .replace("act: justification", "act: boast")
        .replace("        quotation: paraphrase\n", "")
        .replace("    targets: [town-council]\n", "    target: [town-council]\n"),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(errors.text, "act: boast")} statements[0].act: "boast" is not allowed: expected one of ${SpeechActSchema.options.map((a) => `"${a}"`).join(", ")}`,
      `${STATEMENTS}:${positionOf(errors.text, "source: courier\n        attribution: named\n        cue")} statements[1].attestations[0].quotation: required field is missing: expected one of "direct", "partial", "indirect", "paraphrase"`,
      `${STATEMENTS}:${positionOf(errors.text, "- id: st-critics-ignored").replace(/:\d+$/, ":5")} statements[2]: unknown field "target"`,
    ]);
  });

  it("refuses offsets and other fields the build computes", async () => {
    const errors = await compileWith(EVENTS, (t) =>
      t.replace(
        '{ quote: "Residents protested outside the town hall before the vote." }',
        '{ quote: "Residents protested outside the town hall before the vote.", start: 5 }',
      ),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(errors.text, "start: 5")} events[1].attestations[0].evidence[0].start: start is computed by the build; remove it`,
    ]);
  });

  it("reports YAML that does not parse, and an alias to an anchor in another file, at its line", async () => {
    const syntax = await compileWith(EVENTS, (t) =>
      t.replace("title: Residents protest", "title: [Residents protest"),
    );
    expect(syntax).toHaveLength(1);
    expect(syntax[0]?.code).toBe("yaml");
    const alias = await compileWith(STATEMENTS, (t) =>
      t.replace(
        "  - id: st-ruiz-new-crossing\n",
        "  - id: st-ruiz-new-crossing\n    note: *vote-day\n",
      ),
    );
    expect(alias.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(alias.text, "*vote-day")} (file): not valid YAML: the alias *vote-day names no anchor &vote-day earlier in this file (anchors do not reach across files)`,
    ]);
  });

  it("holds statements to how their sources attribute them", async () => {
    const named = await compileWith(STATEMENTS, (t) =>
      t.replace("attribution: unnamed", "attribution: named"),
    );
    expect(named.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(named.text, 'attribution: named\n        speakerName: { quote: "Critics" }')} statements[2].attestations[0].attribution: attribution is named, but the statement has no speaker: name the speaker, or say how the source attributes the words`,
    ]);
    // the gazette's account given twice: its words belong in one attestation
    const twice = await compileWith(STATEMENTS, (t) => {
      const start = t.indexOf("      - source: gazette");
      const block = t.slice(start, t.indexOf("      - source: courier", start));
      return t.slice(0, start) + block + block + t.slice(start + block.length);
    });
    expect(twice.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(twice.text.replace("- source: gazette", "- source: gazettf"), "- source: gazette").replace(/:(\d+)$/, (_, c) => `:${Number(c) + 2}`)} statements[0].attestations[1].source: source "gazette" already attests this record at attestations[0]: put all its words in that one`,
    ]);
  });

  it("asks whose word an event is when a source does not report it as fact", async () => {
    const errors = await compileWith(EVENTS, (t) =>
      t.replace("        by: ana-ruiz\n        statement: st-ruiz-new-crossing\n", ""),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(errors.text, "factuality: planned")} events[2].attestations[0].factuality: an event reported as planned is someone's word: say whose with \`by\` (an actor) or \`statement\``,
    ]);
    const other = await compileWith(EVENTS, (t) => t.replace("by: ana-ruiz", "by: town-council"));
    expect(other.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(other.text, "by: town-council")} events[2].attestations[0].by: by "town-council" differs from the speaker of statement "st-ruiz-new-crossing" ("ana-ruiz")`,
    ]);
  });

  it("reports a record with no attestation, and a discrepancy with no source's words", async () => {
    const errors = await compileWith(STATEMENTS, (t) =>
      t.replace(
        / {4}attestations:\n {6}- source: courier\n {8}quotation: paraphrase[\s\S]*?promised a new crossing" \}\n/,
        "    attestations: []\n",
      ),
    );
    expect(errors.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(errors.text, "attestations: []")} statements[1].attestations: needs at least 1 item`,
    ]);
    const DISCREPANCIES = `${FIXTURE_STORY}/discrepancies.yaml`;
    const silent = await compileWith(DISCREPANCIES, (t) =>
      t
        .replace('        evidence: [{ quote: "Anna Ruis" }]\n', "")
        .replace('        evidence: [{ quote: "Ana Ruiz" }]\n', ""),
    );
    expect(silent.map(formatDataError)).toEqual([
      `${DISCREPANCIES}:${positionOf(silent.text, "sides:")} discrepancies[0].sides: discrepancy "dc-mayor-name" has no evidence: quote the words of at least one source`,
    ]);
  });

  it("asks who speaks a term in a speaker's voice, and how a source names a speaker it does not name", async () => {
    const FRAMINGS = `${FIXTURE_STORY}/framings.yaml`;
    const voice = await compileWith(FRAMINGS, (t) =>
      t.replace(
        "term: the historic bridge, voice: outlet",
        "term: the historic bridge, voice: speaker",
      ),
    );
    expect(voice.map(formatDataError)).toEqual([
      `${FRAMINGS}:${positionOf(voice.text, "{ source: courier")} framings[0].terms[1].speaker: a term in a named speaker's voice needs the speaker's id`,
    ]);
    const none = await compileWith(STATEMENTS, (t) =>
      t.replace(
        "        quotation: paraphrase\n        attribution: named",
        "        quotation: paraphrase\n        attribution: none",
      ),
    );
    expect(none.map(formatDataError)).toEqual([
      `${STATEMENTS}:${positionOf(none.text, "attribution: none")} statements[1].attestations[0].attribution: attribution is none, yet the statement names speaker "ana-ruiz": quote the words by which this source attributes them (speakerName), or make the speaker null`,
    ]);
  });

  it("reports a quote from a source outside the record's story, and a source no record cites", async () => {
    const files = (await fixtureFiles()).map((f) => ({ ...f }));
    files.push({
      path: `${FIXTURE_STORY}/sources/unused.yaml`,
      text: "title: { status: unknown, note: none }\npublisher: { status: unknown, note: none }\nurl: { status: unknown, note: none }\npublished: { status: unknown, note: none }\nlanguage: en\nderivation: { kind: original }\ntext: unused.txt\n",
    });
    files.push({ path: `${FIXTURE_STORY}/sources/unused.txt`, text: "A report nobody quotes." });
    const result = compileDataset(files);
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([
      `${FIXTURE_STORY}/sources/unused.yaml:1:1 id: source "unused" is cited by no record: quote it as evidence, or remove it`,
    ]);
    // the same source quoted by a record although the story does not list it
    const story = files.find((f) => f.path === `${FIXTURE_STORY}/story.yaml`);
    const places = files.find((f) => f.path === "places.yaml");
    if (!story || !places) throw new Error("fixture files missing");
    const events = files.find((f) => f.path === EVENTS);
    if (!events) throw new Error("fixture events missing");
    events.text = events.text
      .replace(
        "      - source: courier\n        factuality: planned",
        "      - source: unused\n        factuality: planned",
      )
      .replace('          - { quote: "a new crossing" }', '          - { quote: "A report" }');
    const outside = compileDataset(files);
    expect(outside.ok ? [] : outside.errors.map(formatDataError)).toEqual([
      `${EVENTS}:${positionOf(events.text, "source: unused")} events[2].attestations[0].source: source "unused" is not one of story "bridge-vote"'s sources`,
    ]);
  });
});
