import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { Document } from "yaml";
import { dataPaths } from "../data/folder.js";
import { writeFileAtomic } from "../write/atomic.js";
import { IngestError } from "./extract.js";

export interface NewStoryInput {
  id: string;
  title: string;
  summary: string;
  start: string;
  end: string;
}

/** Creates a story's folder with its story.yaml and empty record files, ready for sources. */
export async function newStory(dataDir: string, input: NewStoryInput): Promise<string[]> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(input.id)) {
    throw new IngestError(`"${input.id}" is no id: use lowercase words joined by hyphens`);
  }
  for (const d of [input.start, input.end]) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new IngestError(`"${d}" is no date: use YYYY-MM-DD`);
  }
  if (!input.title.trim() || !input.summary.trim())
    throw new IngestError("a story needs a title and a summary");
  const paths = dataPaths(dataDir);
  const dir = paths.story(input.id);
  if (existsSync(dir)) throw new IngestError(`story "${input.id}" already exists`);
  await mkdir(`${dir}/sources`, { recursive: true });
  const story = new Document({
    story: {
      title: input.title,
      summary: input.summary,
      period: { start: input.start, end: input.end },
      sources: [],
    },
    context: [],
  });
  const files: [string, string][] = [
    [paths.storyFile(input.id, "story.yaml"), story.toString({ lineWidth: 100 })],
    [paths.storyFile(input.id, "statements.yaml"), "statements: []\n"],
    [paths.storyFile(input.id, "events.yaml"), "events: []\n"],
  ];
  for (const [path, text] of files) await writeFileAtomic(path, text);
  return files.map(([p]) => p);
}
