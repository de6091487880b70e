import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { DATA_DIR, positionOf, STORY } from "./test-support/data.js";

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const copies: string[] = [];

function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-data-"));
  copies.push(dir);
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}

const run = (...args: string[]) => spawnSync(tsx, [cli, ...args], { encoding: "utf8" });

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
    const dir = copyOfData();
    const file = join(dir, STORY, "statements.yaml");
    const broken = readFileSync(file, "utf8").replace(
      'quote: "closing US military bases in the country"',
      'quote: "closing American military bases"',
    );
    writeFileSync(file, broken);
    const result = run("check", "--data", dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${STORY}/statements.yaml:${positionOf(broken, 'quote: "closing American military bases"')} statements[11].evidence[0].quote: quote not found in source "tellerreport-2020-01-05"; the closest passage is "closing US military bases in the"`,
    );
    expect(result.stderr).toMatch(/1 problem in /);
    expect(readFileSync(file, "utf8")).toBe(broken);
  });

  it("names a file that has no place in the layout, and a source file whose id differs", () => {
    const dir = copyOfData();
    writeFileSync(join(dir, STORY, "event.yaml"), "events: []\n");
    const source = join(dir, STORY, "sources", "tellerreport-2020-01-05.yaml");
    writeFileSync(source, `id: teller\n${readFileSync(source, "utf8")}`);
    const result = run("check", "--data", dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${STORY}/event.yaml (file): this file has no place in the data layout (see data/README.md)`,
    );
    expect(result.stderr).toContain(
      `${STORY}/sources/tellerreport-2020-01-05.yaml:1:1 id: id "teller" differs from the file name "tellerreport-2020-01-05"`,
    );
  });

  it("prints the story's timeline", () => {
    const result = run("timeline", "--data", DATA_DIR);
    expect(result.status).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("Iraq's parliament votes to end the presence of foreign forces");
    expect(result.stdout).toMatch(
      /3 Jan 2020, early morning\s+EVENT\s+US drone strike at Baghdad airport/,
    );
  });
});
