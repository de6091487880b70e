import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { findDataDir, readActors, readSources } from "../data/folder.js";
import { addSource } from "../ingest/add-source.js";
import { IngestError } from "../ingest/extract.js";
import { newStory } from "../ingest/new-story.js";
import { suggest } from "../suggest/index.js";
import { formatSuggestions } from "./format.js";

const USAGE = `dossier <command> [options]

  new-story   --id ID --title TEXT --summary TEXT --start YYYY-MM-DD --end YYYY-MM-DD
  add-source  --story ID --id ID (--html FILE | --text FILE) [--language en] [--url URL]
              [--publisher NAME] [--title TEXT] [--published YYYY-MM-DD]
              [--translated-from ar] [--derivation original|reprint|translation|machine-translation|rewrite]
  suggest     (--text FILE | --story ID --source ID) [--published YYYY-MM-DD] [--json] [--all]

  --data DIR  the data folder (default: DOSSIER_DATA, or the repository's data/)`;

// pnpm runs root scripts from the root: files are named relative to where the curator typed
const here = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);

const OPTIONS = {
  data: { type: "string" },
  id: { type: "string" },
  title: { type: "string" },
  summary: { type: "string" },
  start: { type: "string" },
  end: { type: "string" },
  story: { type: "string" },
  source: { type: "string" },
  html: { type: "string" },
  text: { type: "string" },
  language: { type: "string" },
  url: { type: "string" },
  publisher: { type: "string" },
  published: { type: "string" },
  "translated-from": { type: "string" },
  derivation: { type: "string" },
  json: { type: "boolean" },
  all: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>["values"];

function need(values: Values, ...names: (keyof Values)[]): void {
  const missing = names.filter((n) => values[n] === undefined);
  if (missing.length) throw new IngestError(`missing ${missing.map((n) => `--${n}`).join(", ")}`);
}

/** Runs one command; returns the exit code. */
export async function run(
  argv: string[],
  out = process.stdout,
  err = process.stderr,
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
    });
    const [command] = positionals;
    if (!command || values.help) {
      out.write(`${USAGE}\n`);
      return command || values.help ? 0 : 1;
    }
    const data = values.data ? here(values.data) : findDataDir(process.env.INIT_CWD);
    if (command === "new-story") {
      need(values, "id", "title", "summary", "start", "end");
      const files = await newStory(data, {
        id: values.id as string,
        title: values.title as string,
        summary: values.summary as string,
        start: values.start as string,
        end: values.end as string,
      });
      out.write(`created story ${values.id}:\n${files.map((f) => `  ${f}`).join("\n")}\n`);
      return 0;
    }
    if (command === "add-source") {
      need(values, "story", "id");
      const file = values.html ?? values.text;
      if (!file) throw new IngestError("missing --html FILE or --text FILE");
      const added = await addSource(data, {
        story: values.story as string,
        id: values.id as string,
        bytes: await readFile(here(file)),
        format: values.html ? "html" : "text",
        ...pick(values, ["url", "publisher", "title", "published", "language"]),
        ...(values["translated-from"] ? { translatedFrom: values["translated-from"] } : {}),
        ...(values.derivation ? { derivation: values.derivation as "original" } : {}),
      });
      out.write(
        `added source ${added.id} (sha256 ${added.sha256}):\n${added.files.map((f) => `  ${f}`).join("\n")}\n`,
      );
      return 0;
    }
    if (command === "suggest") {
      let text: string;
      let published = values.published;
      if (values.text) {
        text = await readFile(here(values.text), "utf8");
      } else {
        need(values, "story", "source");
        const source = (await readSources(data, values.story as string)).find(
          (s) => s.id === values.source,
        );
        if (!source)
          throw new IngestError(`no source "${values.source}" in story "${values.story}"`);
        text = source.text;
        published ??= source.published;
      }
      if (published && !/^\d{4}-\d{2}-\d{2}$/.test(published))
        throw new IngestError("--published takes YYYY-MM-DD");
      const found = suggest(text, {
        actors: await readActors(data),
        ...(published ? { published } : {}),
      });
      const items = values.all
        ? [
            ...found.statements,
            ...found.dates.map((d) => ({ kind: "date", ...d })),
            ...found.names.map(({ kind: type, ...n }) => ({ kind: "name", type, ...n })),
          ]
        : found.statements;
      out.write(values.json ? `${JSON.stringify(items, null, 2)}\n` : formatSuggestions(found));
      return 0;
    }
    throw new IngestError(`unknown command "${command}"\n\n${USAGE}`);
  } catch (error) {
    if (
      error instanceof IngestError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      err.write(`dossier: ${(error as Error).message}\n`);
      return 2;
    }
    if ((error as { code?: string }).code === "ENOENT") {
      err.write(`dossier: no such file: ${(error as { path?: string }).path}\n`);
      return 2;
    }
    throw error;
  }
}

function pick<K extends keyof Values>(values: Values, keys: K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) if (typeof values[k] === "string") out[k] = values[k] as string;
  return out;
}
