import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import {
  DATA_DIR,
  FIXTURE_DIR,
  FIXTURE_STORY,
  positionOf,
  realDataset,
} from "./test-support/data.js";

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const copies: string[] = [];

function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-data-"));
  copies.push(dir);
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  return dir;
}

const run = (...args: string[]) => spawnSync(tsx, [cli, ...args], { encoding: "utf8" });
const runWith = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(tsx, [cli, ...args], { encoding: "utf8", env: { ...process.env, ...env } });

function emptyDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-synth-"));
  copies.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("dossier-data check", () => {
  it("passes on the curated data and says what it holds", () => {
    const result = run("check", "--data", DATA_DIR);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^data ok: 1 stories, 2 sources, \d+ events, \d+ statements/);
  });

  it("fails with every problem located, and leaves the files as they were", () => {
    const dir = copyOfFixture();
    const file = join(dir, FIXTURE_STORY, "statements.yaml");
    const broken = readFileSync(file, "utf8").replace(
      'quote: "promised a new crossing"',
      'quote: "promised a new bridge crossing"',
    );
    writeFileSync(file, broken);
    const result = run("check", "--data", dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${FIXTURE_STORY}/statements.yaml:${positionOf(broken, 'quote: "promised a new bridge crossing"')} statements[1].attestations[0].evidence[0].quote: quote not found in source "courier"; the closest passage, 7 edits away at characters 97-120, reads "promised a new crossing": if the text was corrected, quote that instead`,
    );
    expect(result.stderr).toMatch(/1 problem in /);
    expect(readFileSync(file, "utf8")).toBe(broken);
  });

  it("names a file that has no place in the layout, and a source file whose id differs", () => {
    const dir = copyOfFixture();
    writeFileSync(join(dir, FIXTURE_STORY, "event.yaml"), "events: []\n");
    const source = join(dir, FIXTURE_STORY, "sources", "gazette.yaml");
    writeFileSync(source, `id: gazete\n${readFileSync(source, "utf8")}`);
    const result = run("check", "--data", dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${FIXTURE_STORY}/event.yaml (file): this file has no place in the data layout (see data/README.md)`,
    );
    expect(result.stderr).toContain(
      `${FIXTURE_STORY}/sources/gazette.yaml:1:1 id: id "gazete" differs from the file name "gazette"`,
    );
  });

  it("prints the story's timeline", async () => {
    const result = run("timeline", "--data", DATA_DIR);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Iraq's parliament votes to end the presence of foreign forces");
    const title = (await realDataset()).events.find(
      (e) => e.id === "ev-baghdad-airport-strike",
    )?.title;
    const strike = lines.findIndex(
      (l) => /^3 Jan 2020, early morning\s+EVENT\s+/.test(l) && l.endsWith(title ?? "no title"),
    );
    expect(strike).toBeGreaterThan(0);
    // reactions come after what they react to, whatever their dates' precision
    const reactions = lines.filter((l) => /^\S.*STATEMENT\s+Iran /.test(l));
    expect(reactions.length).toBeGreaterThan(0);
    for (const line of reactions) expect(lines.indexOf(line)).toBeGreaterThan(strike);
  });
});

describe("dossier-data synth", () => {
  it("writes a corpus that passes the checks, and DOSSIER_DATA points the checks at it", () => {
    const dir = join(emptyDir(), "corpus");
    const written = run("synth", "--stories", "2", "--seed", "9", "--out", dir);
    expect(written.status).toBe(0);
    expect(written.stdout).toContain("synthetic corpus written: 2 stories, seed 9");
    const checked = runWith({ DOSSIER_DATA: dir }, "check");
    expect(checked.status).toBe(0);
    expect(checked.stdout).toMatch(/^data ok: 2 stories, \d+ sources/);
    // a second run replaces what the first wrote
    expect(run("synth", "--stories", "1", "--out", dir).status).toBe(0);
    expect(runWith({ DOSSIER_DATA: dir }, "check").stdout).toMatch(/^data ok: 1 stories/);
  });

  it("refuses the curated data folder and a folder holding other files", () => {
    const intoData = run("synth", "--stories", "1", "--out", join(DATA_DIR, "stories"));
    expect(intoData.status).toBe(1);
    expect(intoData.stderr).toContain(
      "refusing to write a synthetic corpus into the curated data folder",
    );
    const dir = emptyDir();
    writeFileSync(join(dir, "notes.txt"), "mine");
    const intoOther = run("synth", "--stories", "1", "--out", dir);
    expect(intoOther.status).toBe(1);
    expect(intoOther.stderr).toContain("it holds files the generator did not write");
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine");
  });

  it("says what it needs when --stories is missing", () => {
    const result = run("synth", "--out", emptyDir());
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("synth needs --stories N");
  });
});
