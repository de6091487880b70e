import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { readDataset } from "../load.js";
import { search } from "../queries/search.js";
import type { Dataset } from "../schemas/dataset.js";
import { synthCorpus } from "../synth/corpus.js";
import { fixtureFiles, realDataset } from "../test-support/data.js";
import { compileDataset } from "./compile.js";
import { formatDataError } from "./errors.js";
import { writeDatasetModule } from "./module.js";
import { fromWire, toWire, WIRE_FORMAT } from "./wire.js";

const work = mkdtempSync(join(tmpdir(), "dossier-wire-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function compiled(files: Parameters<typeof compileDataset>[0]): Dataset {
  const result = compileDataset(files);
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join("\n"));
  return result.dataset;
}

/**
 * the fixture with a character outside the BMP opening one source, so code points lag UTF-16, and
 * a note on a quote that names its source first
 */
async function astralFixture(): Promise<Dataset> {
  const edits: Record<string, (text: string) => string> = {
    "sources/courier.txt": (text) => `🌉 ${text}`,
    "events.yaml": (text) =>
      text.replace(
        '{ source: gazette, quote: "on Tuesday" }',
        '{ source: gazette, quote: "on Tuesday", note: "the weekday of the vote" }',
      ),
  };
  const files = (await fixtureFiles()).map((f) => {
    const edit = Object.entries(edits).find(([end]) => f.path.endsWith(end))?.[1];
    return edit ? { ...f, text: edit(f.text) } : f;
  });
  return compiled(files);
}

/** every anchored span of a dataset, found by its anchor keys */
function spans(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const item of node) spans(item, out);
  else if (typeof node === "object" && node !== null) {
    if ("codePoints" in node && "prefix" in node) out.push(node as Record<string, unknown>);
    else for (const value of Object.values(node)) spans(value, out);
  }
  return out;
}

const roundTrip = (ds: Dataset) =>
  fromWire(
    JSON.parse(JSON.stringify({ format: WIRE_FORMAT, fingerprint: "", dataset: toWire(ds) })),
  );

describe("the compiled dataset's wire form", () => {
  const datasets = {
    curated: realDataset,
    synthetic: async () => compiled(synthCorpus({ stories: 4, seed: 7 })),
    "astral fixture": astralFixture,
  };

  for (const [name, make] of Object.entries(datasets)) {
    it(`expands to the same JSON, key for key, for the ${name} dataset`, async () => {
      const ds = await make();
      expect(JSON.stringify(roundTrip(ds))).toBe(JSON.stringify(ds));
    });
  }

  it("covers the spans that need more than their offsets", async () => {
    const all = (await Promise.all(Object.values(datasets).map((make) => make()))).flatMap((ds) =>
      spans(ds),
    );
    const codePoints = all.filter(
      (s) => (s.codePoints as { start: number }).start !== (s.start as number),
    );
    expect(codePoints.length).toBeGreaterThan(0);
    expect(all.some((s) => Object.keys(s)[0] === "source")).toBe(true);
    expect(all.some((s) => "occurrence" in s)).toBe(true);
    expect(all.some((s) => "note" in s)).toBe(true);
  });

  it("is smaller than the dataset it stands for", async () => {
    const ds = compiled(synthCorpus({ stories: 4, seed: 7 }));
    expect(JSON.stringify(toWire(ds)).length).toBeLessThan(JSON.stringify(ds).length * 0.75);
  });

  it("refuses a file in another format, naming the file and the rebuild", async () => {
    const ds = await realDataset();
    expect(() => fromWire(ds, "old/dataset.json")).toThrow(
      /old\/dataset\.json: not a dataset in core's compiled format .* rebuild it with `dossier-data build/,
    );
  });

  it("refuses a span its source cannot hold", () => {
    const wire = {
      format: WIRE_FORMAT,
      fingerprint: "",
      dataset: {
        sources: [{ id: "a", text: "short" }],
        statements: [{ attestations: [{ source: "a", evidence: [[2, 90]] }] }],
      },
    };
    expect(() => fromWire(wire, "x.json")).toThrow(/x\.json: the span \[2,90\] has no source text/);
  });
});

describe("the written dataset, loaded", () => {
  it("gives data.js and the Node loader the same dataset, fingerprint and search hits", async () => {
    const ds = await realDataset();
    const out = join(work, "module");
    const here = (path: string) => pathToFileURL(join(import.meta.dirname, path)).href;
    await writeDatasetModule(ds, out, here("../queries/search.ts"), here("wire.ts"));
    const file = join(out, "dataset.json");
    const loaded = readDataset(file);
    const module = await import(pathToFileURL(join(out, "data.js")).href);
    expect(JSON.stringify(loaded.dataset)).toBe(JSON.stringify(ds));
    expect(JSON.stringify(module.dataset)).toBe(JSON.stringify(ds));
    expect(loaded.fingerprint).toMatch(/^[\w-]{16}$/);
    expect(module.fingerprint).toBe(loaded.fingerprint);
    const word = ds.statements[0]?.gist.split(" ").find((w) => w.length > 5) ?? "";
    const hits = search(loaded.dataset, word).map((h) => h.ref.id);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits).toEqual(search(ds, word).map((h) => h.ref.id));
  });

  it("changes the fingerprint when the data changes", async () => {
    const ds = await realDataset();
    const a = join(work, "a");
    const b = join(work, "b");
    await writeDatasetModule(ds, a);
    const changed = { ...ds, statements: ds.statements.slice(1) };
    await writeDatasetModule(changed, b);
    expect(readDataset(join(a, "dataset.json")).fingerprint).not.toBe(
      readDataset(join(b, "dataset.json")).fingerprint,
    );
  });

  it("names the file it cannot read", () => {
    const file = join(work, "broken.json");
    writeFileSync(file, `{"format":"${WIRE_FORMAT}","fingerprint":"x","dataset":{"sto`);
    expect(() => readDataset(file)).toThrow(/broken\.json: cannot read the compiled dataset/);
  });
});
