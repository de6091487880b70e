import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { appendToList, renderValue, YamlEditError } from "./yaml-edit.js";
import { replaceInList } from "./yaml-update.js";

const curated = readFileSync(
  fileURLToPath(
    new URL(
      "../../../../data/stories/iraq-parliament-foreign-forces-2020/statements.yaml",
      import.meta.url,
    ),
  ),
  "utf8",
);

const record = (gist: string, quote: string) => ({
  id: "st-new-record",
  speaker: "iran",
  act: "threat",
  gist,
  targets: ["united-states"],
  attestations: [
    { source: "tellerreport-2020-01-05", quotation: "indirect", evidence: [{ quote }] },
  ],
});

// a file with what must survive (a comment, an anchor, an alias) and little else to parse
const small = `# statements
statements:
  - id: st-a
    date: &day { value: "2020-01-05", precision: day } # shared
    evidence:
      - { quote: "words" }
  - id: st-b
    date: *day
`;

/** the text with `inserted` taken out at `at` */
function without(text: string, at: number, inserted: number): string {
  return text.slice(0, at) + text.slice(at + inserted);
}

describe("writing a record into a data file", () => {
  it("leaves every other byte of the curated file as it was, comments and anchors included", () => {
    const next = appendToList(curated, ["statements"], record("Iran will avenge.", "vowed"));
    expect(next.startsWith(curated)).toBe(true);
    expect(parse(next).statements.at(-1)).toEqual(record("Iran will avenge.", "vowed"));
    expect(next).toContain("date: &session-day");
  });

  it("replaces one record and keeps the bytes before and after it", () => {
    const start = curated.indexOf("  - id: st-sadr-close-bases");
    const end = curated.indexOf("\n\n  # --- Iraq's Foreign Ministry");
    const value = { ...record("Bases should close.", "closing"), id: "st-sadr-close-bases" };
    const next = replaceInList(curated, ["statements"], "st-sadr-close-bases", value);
    expect(next.slice(0, start)).toBe(curated.slice(0, start));
    expect(next.endsWith(curated.slice(end))).toBe(true);
    expect(parse(next).statements.find((s: { id: string }) => s.id === value.id)).toEqual(value);
  });

  it("writes any text a curator types, and only it, whatever its characters", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (gist, quote) => {
        const value = record(gist, quote);
        const next = appendToList(small, ["statements"], value);
        const added = next.length - small.length;
        expect(without(next, small.length - 1, added)).toBe(small);
        expect(parse(next).statements.at(-1)).toEqual(value);
      }),
      { numRuns: 100 },
    );
  });

  it("turns an empty inline list into a block list, and adds to inline lists inline", () => {
    expect(appendToList("# mine\nstatements: []\n", ["statements"], { id: "a", x: 1 })).toBe(
      "# mine\nstatements:\n  - { id: a, x: 1 }\n",
    );
    expect(appendToList("story:\n  sources: [a, b] # the two\n", ["story", "sources"], "c")).toBe(
      "story:\n  sources: [a, b, c] # the two\n",
    );
  });

  it("writes inline lists as the file at hand does, with or without inner spaces", () => {
    const padded = "statements:\n  - id: a\n    targets: [ x, y ]\n";
    expect(appendToList(padded, ["statements"], { id: "b", targets: ["z"] })).toContain(
      "  - id: b\n    targets: [ z ]\n",
    );
    const tight = "statements:\n  - id: a\n    targets: [x, y]\n";
    expect(appendToList(tight, ["statements"], { id: "b", targets: ["z"] })).toContain(
      "  - id: b\n    targets: [z]\n",
    );
  });

  it("refuses a path that is not a list, and writes nothing", () => {
    expect(() => appendToList("story: {}\n", ["story"], 1)).toThrow(YamlEditError);
    expect(() => replaceInList(curated, ["statements"], "st-missing", {})).toThrow(YamlEditError);
  });

  it("renders lists of ids and quotes the way the files write them", () => {
    expect(renderValue({ targets: ["a-b", "c"], evidence: [{ quote: "x: y" }] })).toBe(
      'targets: [a-b, c]\nevidence:\n  - { quote: "x: y" }',
    );
  });
});

describe("a record whose anchor others use", () => {
  it("keeps the anchor when the anchored field is unchanged", () => {
    const text = "statements:\n  - id: a\n    date: &d { value: x }\n  - id: b\n    date: *d\n";
    const next = replaceInList(text, ["statements"], "a", { id: "a", date: { value: "x" }, n: 1 });
    expect(next).toBe(
      "statements:\n  - id: a\n    date: &d { value: x }\n    n: 1\n  - id: b\n    date: *d\n",
    );
  });

  it("is not rewritten where the anchored value changes, since the others would change too", () => {
    const text = "statements:\n  - id: a\n    date: &d { value: x }\n  - id: b\n    date: *d\n";
    expect(() =>
      replaceInList(text, ["statements"], "a", { id: "a", date: { value: "y" } }),
    ).toThrow(YamlEditError);
  });
});
