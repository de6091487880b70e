#!/usr/bin/env node
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { compileDataset } from "./dataset/compile.js";
import { CURATED_DATA_DIR, dataDir } from "./dataset/data-dir.js";
import { formatDataError } from "./dataset/errors.js";
import { writeDatasetModule } from "./dataset/module.js";
import { readDataFolder } from "./dataset/read-folder.js";
import { writeJsonSchemas } from "./json-schema.js";
import { formatDate } from "./queries/dates.js";
import { timeline } from "./queries/filters.js";
import { getActor } from "./queries/lookup.js";
import type { Dataset } from "./schemas/dataset.js";
import { synthCorpus } from "./synth/corpus.js";
import { writeCorpus } from "./synth/write.js";

const USAGE = `usage: dossier-data <command> [--data DIR]
  check              check every file of the data folder; exit 1 with each problem located
  build --out DIR    check, then write the dataset module, dataset.json and JSON Schemas to DIR
  timeline [--story ID]  print the timeline of events and statements
  synth --stories N --out DIR [--seed S]
                     write a synthetic corpus of N stories in the data format (never into data/)
The data folder is --data, else $DOSSIER_DATA, else the repository's data/.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: "string" },
      out: { type: "string" },
      story: { type: "string" },
      stories: { type: "string" },
      seed: { type: "string", default: "1" },
    },
  });
  const command = positionals[0];
  if (!command || !["check", "build", "timeline", "synth"].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  // pnpm runs `pnpm data:synth` in the package: its --out is taken from where the user typed it
  const cwd = process.cwd();
  if (command === "synth")
    return synth(values.stories, values.seed, values.out, process.env.INIT_CWD ?? cwd);
  const folder = values.data ? resolve(cwd, values.data) : dataDir();
  const result = compileDataset(await readDataFolder(folder));
  if (!result.ok) {
    for (const error of result.errors) console.error(formatDataError(error));
    console.error(
      `\n${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} in ${folder}`,
    );
    return 1;
  }
  const ds = result.dataset;
  if (command === "check") {
    console.log(`data ok: ${summary(ds)}`);
  } else if (command === "build") {
    if (!values.out) {
      console.error("build needs --out DIR");
      return 2;
    }
    const out = resolve(cwd, values.out);
    await writeDatasetModule(ds, out);
    await writeJsonSchemas(join(out, "json-schema"));
    console.log(`dataset built: ${summary(ds)}`);
  } else {
    printTimeline(ds, values.story);
  }
  return 0;
}

async function synth(
  stories: string | undefined,
  seed: string,
  out: string | undefined,
  cwd: string,
): Promise<number> {
  const n = Number(stories);
  const s = Number(seed);
  if (!out || !Number.isInteger(n) || n < 1 || !Number.isInteger(s)) {
    console.error(
      "synth needs --stories N (a whole number, 1 or more) and --out DIR; --seed S is a whole number",
    );
    return 2;
  }
  const dir = resolve(cwd, out);
  try {
    await writeCorpus(dir, synthCorpus({ stories: n, seed: s }), CURATED_DATA_DIR, {
      stories: n,
      seed: s,
    });
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  console.log(`synthetic corpus written: ${n} stories, seed ${s}, in ${dir}`);
  return 0;
}

function summary(ds: Dataset): string {
  return `${ds.stories.length} stories, ${ds.sources.length} sources, ${ds.events.length} events, ${ds.statements.length} statements, ${ds.actors.length} actors, ${ds.places.length} places, ${ds.framings.length} framings, ${ds.discrepancies.length} discrepancies`;
}

function printTimeline(ds: Dataset, story?: string) {
  for (const st of ds.stories.filter((s) => !story || s.id === story)) {
    console.log(`${st.title}\n${"=".repeat(st.title.length)}\n`);
    for (const entry of timeline(ds, { story: st.id })) {
      const when = formatDate(entry.record.date).padEnd(26);
      if (entry.kind === "event") console.log(`${when} EVENT      ${entry.record.title}`);
      else {
        const who = entry.record.speaker
          ? (getActor(ds, entry.record.speaker)?.name ?? entry.record.speaker)
          : "(unattributed)";
        console.log(`${when} STATEMENT  ${who} (${entry.record.act}): ${entry.record.gist}`);
      }
    }
    console.log("");
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
