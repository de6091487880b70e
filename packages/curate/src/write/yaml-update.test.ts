import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { replaceInList } from "./yaml-update.js";

const data = fileURLToPath(new URL("../../../../data/", import.meta.url));
const files: [string, string][] = [
  ["actors.yaml", "actors"],
  ["places.yaml", "places"],
  ...readdirSync(join(data, "stories")).flatMap((story) =>
    ["events", "statements", "framings", "discrepancies"].map(
      (c) => [`stories/${story}/${c}.yaml`, c] as [string, string],
    ),
  ),
];
// every curated record, with its file's text and the list it stands in
const records = files.flatMap(([file, list]) => {
  let text: string;
  try {
    text = readFileSync(join(data, file), "utf8");
  } catch {
    return [];
  }
  const items = (parse(text)?.[list] ?? []) as Record<string, unknown>[];
  return items.map((record) => ({ file, list, text, record }));
});

/** the lines of `after` that are not in `before`, and those of `before` gone from `after` */
function lineDiff(before: string, after: string) {
  const a = before.split("\n");
  const b = after.split("\n");
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

describe("editing a curated record in place", () => {
  it("finds records in the curated data, some with comments inside them", () => {
    expect(records.length).toBeGreaterThan(0);
    const inner = records.filter(({ text, record }) => {
      const at = text.indexOf(`- id: ${record.id}\n`);
      const next = text.indexOf("\n  - id: ", at + 1);
      return /\n\s+#/.test(text.slice(at, next < 0 ? undefined : next));
    });
    expect(inner.length).toBeGreaterThan(0);
  });

  it("changes nothing when nothing changed", () => {
    for (const { text, list, record } of records)
      expect(replaceInList(text, [list], String(record.id), record)).toBe(text);
  });

  it("rewrites one field's line and keeps every other byte, inner comments included", () => {
    for (const { text, list, record } of records) {
      const field = ["gist", "title", "name", "description"].find(
        (k) => typeof record[k] === "string",
      );
      if (!field) continue;
      const edited = { ...record, [field]: "Edited by the curator." };
      const next = replaceInList(text, [list], String(record.id), edited);
      const { removed, added } = lineDiff(text, next);
      expect(added).toEqual([expect.stringMatching(`^\\s+${field}: Edited by the curator\\.$`)]);
      expect(removed.length).toBeGreaterThanOrEqual(1);
      expect(removed[0]).toMatch(new RegExp(`^\\s+${field}: `));
      expect(removed.filter((l) => /^\s*#/.test(l))).toEqual([]);
      const onFile = (parse(next)[list] as { id: unknown }[]).find((r) => r.id === record.id);
      expect(onFile).toEqual(edited);
    }
  });

  it("adds a field after the others, and removes one by its lines alone", () => {
    const text = `statements:
  - id: a
    # why the gist says so
    gist: words
    note: gone soon # really
    evidence:
      - { quote: "x" } # first
  - id: b
`;
    const added = replaceInList(text, ["statements"], "a", {
      id: "a",
      gist: "words",
      note: "gone soon",
      evidence: [{ quote: "x" }, { quote: "y" }],
      targets: ["t"],
    });
    expect(added).toBe(`statements:
  - id: a
    # why the gist says so
    gist: words
    note: gone soon # really
    evidence:
      - { quote: "x" } # first
      - { quote: "y" }
    targets: [t]
  - id: b
`);
    const removed = replaceInList(text, ["statements"], "a", {
      id: "a",
      gist: "words",
      evidence: [{ quote: "x" }],
    });
    expect(removed).toBe(text.replace("    note: gone soon # really\n", ""));
  });

  it("writes a new nested value under its key, and an emptied list inline", () => {
    const text = "statements:\n  - id: a\n    date: { value: x }\n    targets:\n      - t\n";
    const next = replaceInList(text, ["statements"], "a", {
      id: "a",
      date: { value: "y", resolution: { basis: "explicit", words: ["on y"] } },
      targets: [],
    });
    expect(parse(next).statements[0].date.resolution.words).toEqual(["on y"]);
    expect(next).toContain("    targets: []\n");
    expect(next).not.toMatch(/ \n/);
  });
});
