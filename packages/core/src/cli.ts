#!/usr/bin/env node
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { compileDataset } from "./dataset/compile.js";
import { formatDataError } from "./dataset/errors.js";
import { readDataFolder } from "./dataset/read-folder.js";
import { writeJsonSchemas } from "./json-schema.js";
import { formatDate } from "./queries/dates.js";
import { timeline } from "./queries/filters.js";
import { getActor } from "./queries/lookup.js";
import type { Dataset } from "./schemas/dataset.js";

const USAGE = `usage: dossier-data <command> [--data DIR]
  check              check every file of the data folder; exit 1 with each problem located
  build --out DIR    check, then write the dataset module, dataset.json and JSON Schemas to DIR
  timeline [--story ID]  print the timeline of events and statements`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: "string", default: "data" },
      out: { type: "string" },
      story: { type: "string" },
    },
  });
  const command = positionals[0];
  if (!command || !["check", "build", "timeline"].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  const dataDir = resolve(values.data);
  const result = compileDataset(await readDataFolder(dataDir));
  if (!result.ok) {
    for (const error of result.errors) console.error(formatDataError(error));
    console.error(
      `\n${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} in ${dataDir}`,
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
    await writeDatasetModule(ds, resolve(values.out));
    console.log(`dataset built: ${summary(ds)}`);
  } else {
    printTimeline(ds, values.story);
  }
  return 0;
}

function summary(ds: Dataset): string {
  return `${ds.stories.length} stories, ${ds.sources.length} sources, ${ds.events.length} events, ${ds.statements.length} statements, ${ds.actors.length} actors, ${ds.places.length} places, ${ds.framings.length} framings, ${ds.discrepancies.length} discrepancies`;
}

async function writeDatasetModule(ds: Dataset, out: string) {
  await mkdir(out, { recursive: true });
  const json = JSON.stringify(ds);
  await writeFile(join(out, "dataset.json"), json);
  // JSON.parse of a string literal loads faster than an object literal and works in every runtime
  await writeFile(
    join(out, "data.js"),
    `/** The curated, checked dataset, compiled from data/ at build time. */\nexport const dataset = JSON.parse(${JSON.stringify(json)});\n`,
  );
  await writeFile(
    join(out, "data.d.ts"),
    `import type { Dataset } from "./schemas/dataset.js";\n/** The curated, checked dataset, compiled from data/ at build time. */\nexport declare const dataset: Dataset;\n`,
  );
  await writeJsonSchemas(join(out, "json-schema"));
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
