import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { copyOfData } from "../test-support/data-copy.js";
import { run } from "./main.js";

let data: { dir: string; remove: () => Promise<void> };
beforeEach(async () => {
  data = await copyOfData();
});
afterEach(() => data.remove());

async function dossier(...args: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errors: string[] = [];
  out.on("data", (c) => chunks.push(String(c)));
  err.on("data", (c) => errors.push(String(c)));
  const code = await run(["--data", data.dir, ...args], out as never, err as never);
  return { code, out: chunks.join(""), err: errors.join("") };
}

describe("the dossier command", () => {
  it("prints suggestions as JSON whose offsets point into the file's text", async () => {
    const file = join(data.dir, "..", "article.txt");
    const text = "Intro.\nAl-Sadr called for the closure of the embassy on Friday.\n";
    await writeFile(file, text);
    const { code, out } = await dossier(
      "suggest",
      "--text",
      file,
      "--published",
      "2020-01-05",
      "--json",
    );
    expect(code).toBe(0);
    const [first] = JSON.parse(out);
    expect(first).toMatchObject({
      kind: "statement",
      speaker: { name: "Al-Sadr", actor: "muqtada-al-sadr" },
      quotation: "indirect",
      attribution: "named",
      act: "call",
      cue: "called for",
      date: { value: "2020-01-03", words: "on Friday" },
    });
    for (const e of first.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("adds a story and a source, and says why when it cannot", async () => {
    const made = await dossier(
      "new-story",
      "--id",
      "s",
      "--title",
      "T",
      "--summary",
      "S",
      "--start",
      "2020-01-01",
      "--end",
      "2020-01-02",
    );
    expect(made.code).toBe(0);
    const file = join(data.dir, "..", "a.txt");
    await writeFile(file, "Someone said something.\n");
    const before = await readdir(join(data.dir, "stories", "s"), { recursive: true });
    const failed = await dossier("add-source", "--story", "s", "--id", "a", "--text", file);
    expect(failed).toMatchObject({ code: 2, err: expect.stringMatching(/language/) });
    expect(await readdir(join(data.dir, "stories", "s"), { recursive: true })).toEqual(before);
    const added = await dossier(
      "add-source",
      "--story",
      "s",
      "--id",
      "a",
      "--text",
      file,
      "--language",
      "en",
    );
    expect(added.code).toBe(0);
    expect(await readFile(join(data.dir, "stories", "s", "sources", "a.txt"), "utf8")).toBe(
      "Someone said something.\n",
    );
  });

  it("refuses unknown commands and options with the usage", async () => {
    expect((await dossier("frobnicate")).err).toMatch(/unknown command/);
    expect((await dossier("suggest", "--bogus")).code).toBe(2);
  });
});
