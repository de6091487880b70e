import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { Document } from "yaml";
import { dataPaths } from "../data/folder.js";
import { writeFileAtomic } from "../write/atomic.js";
import { appendToList } from "../write/yaml-edit.js";
import {
  type Attested,
  decodeInput,
  type Extracted,
  extractHtml,
  IngestError,
  looksLikeHtml,
} from "./extract.js";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2,3}$/;

export interface AddSourceInput {
  story: string;
  id: string;
  bytes: Uint8Array;
  /** what the file is; "auto" sniffs HTML by its opening tags */
  format?: "html" | "text" | "auto";
  /** what the curator knows for sure; each becomes `known`, and overrides what the page says */
  url?: string;
  publisher?: string;
  title?: string;
  published?: string;
  language?: string;
  translatedFrom?: string;
  derivation?: "original" | "reprint" | "translation" | "machine-translation" | "rewrite";
}

export interface AddedSource {
  id: string;
  sha256: string;
  text: string;
  files: string[];
  meta: Record<string, unknown>;
}

const given = (value: string): Attested<string> => ({
  status: "known",
  value,
  note: "Given by the curator.",
});

/**
 * Adds a source to a story: its text byte for byte as extracted, its metadata with what is known,
 * likely or unknown, and its id in the story's list. Every check runs before the first write, and a
 * failed write undoes the ones before it, so bad input leaves the data folder as it was.
 */
export async function addSource(dataDir: string, input: AddSourceInput): Promise<AddedSource> {
  const paths = dataPaths(dataDir);
  if (!ID.test(input.id))
    throw new IngestError(`"${input.id}" is no id: use lowercase words joined by hyphens`);
  const storyFile = paths.storyFile(input.story, "story.yaml");
  if (!existsSync(storyFile))
    throw new IngestError(`no story "${input.story}": create it with new-story`);
  const yamlPath = paths.sourceYaml(input.story, input.id);
  const textPath = paths.sourceText(input.story, input.id);
  if (existsSync(yamlPath) || existsSync(textPath))
    throw new IngestError(`source "${input.id}" already exists`);

  const raw = decodeInput(input.bytes, "the file");
  const html = input.format === "html" || (input.format !== "text" && looksLikeHtml(raw));
  const extracted: Extracted = html ? extractHtml(raw) : plainText(raw);
  const language = input.language ?? extracted.language;
  if (!language || !LANGUAGE.test(language)) {
    throw new IngestError("the text's language is not known: give it (e.g. --language en)");
  }
  const meta: Record<string, unknown> = {
    title: input.title ? given(input.title) : extracted.title,
    publisher: input.publisher ? given(input.publisher) : extracted.publisher,
    url: input.url ? given(input.url) : extracted.url,
    published: input.published ? given(input.published) : extracted.published,
    language,
    ...(input.translatedFrom ? { translatedFrom: input.translatedFrom } : {}),
    derivation: { kind: input.derivation ?? (input.translatedFrom ? "translation" : "original") },
    text: `${input.id}.txt`,
  };
  const sha256 = createHash("sha256").update(extracted.text, "utf8").digest("hex");
  const doc = new Document(meta);
  doc.commentBefore = ` Added from ${html ? "a saved web page" : "plain text"}; sha256 of the text: ${sha256}`;
  const storyText = await readFile(storyFile, "utf8");
  const nextStory = appendToList(storyText, ["story", "sources"], input.id);

  await mkdir(dirname(textPath), { recursive: true });
  const written: string[] = [];
  try {
    await writeFileAtomic(textPath, extracted.text);
    written.push(textPath);
    await writeFileAtomic(yamlPath, doc.toString({ lineWidth: 100 }));
    written.push(yamlPath);
    await writeFileAtomic(storyFile, nextStory);
  } catch (error) {
    await Promise.all(written.map((p) => rm(p, { force: true })));
    throw error;
  }
  return {
    id: input.id,
    sha256,
    text: extracted.text,
    files: [textPath, yamlPath, storyFile],
    meta,
  };
}

function plainText(text: string): Extracted {
  if (looksLikeHtml(text))
    throw new IngestError("the file is HTML: add it as HTML instead of plain text");
  const none = (what: string): Attested<string> => ({
    status: "unknown",
    note: `Plain text carries no ${what}.`,
  });
  return {
    text,
    title: none("title"),
    publisher: none("publisher"),
    url: none("address"),
    published: none("date"),
    language: undefined,
  };
}
