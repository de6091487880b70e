import { stringify } from "yaml";
import type { DataFile } from "../dataset/layout.js";
import { buildPool } from "./pool.js";
import { Random } from "./random.js";
import { type SynthStory, synthStory } from "./story.js";
import { Quote, quoteAt } from "./text.js";

export interface SynthOptions {
  stories: number;
  seed?: number;
}

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

/** Replaces every Quote with the words it points at, now that the texts are whole. */
function resolveQuotes(node: unknown, ids: readonly string[], texts: readonly string[]): unknown {
  if (node instanceof Quote) {
    const quote = quoteAt(texts[node.source] as string, node.span);
    return node.named ? { source: ids[node.source], ...quote } : quote;
  }
  if (Array.isArray(node)) return node.map((item) => resolveQuotes(item, ids, texts));
  if (typeof node === "object" && node !== null)
    return Object.fromEntries(
      Object.entries(node)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, resolveQuotes(v, ids, texts)]),
    );
  return node;
}

/**
 * A synthetic corpus in the data/ format: shared actors and places, and stories whose source texts
 * are written from the records and then quoted back, so every quote is really there. The same
 * options always give the same files, byte for byte.
 */
export function synthCorpus({ stories, seed = 1 }: SynthOptions): DataFile[] {
  const rng = new Random(seed);
  const pool = buildPool(stories, rng.fork(1));
  const files: DataFile[] = [];
  const aliases = new Map<string, Map<string, unknown[]>>();
  const mentions = new Map<string, unknown[]>();
  for (let i = 0; i < stories; i++) {
    const story: SynthStory = synthStory(i, pool, rng.fork(1000 + i));
    const ids = story.sources.map((s) => s.id);
    const texts = story.sources.map((s) => s.writer.text());
    const r = (node: unknown) => resolveQuotes(node, ids, texts);
    const dir = `stories/${story.id}`;
    files.push({
      path: `${dir}/story.yaml`,
      text: yaml({ story: story.story, context: story.context }),
    });
    story.sources.forEach((s, k) => {
      files.push({ path: `${dir}/sources/${s.id}.yaml`, text: yaml(s.meta) });
      files.push({ path: `${dir}/sources/${s.id}.txt`, text: texts[k] as string });
    });
    for (const key of ["events", "statements", "framings", "discrepancies"] as const)
      files.push({ path: `${dir}/${key}.yaml`, text: yaml({ [key]: r(story[key]) }) });
    for (const a of story.aliases) {
      const byName = aliases.get(a.actor) ?? new Map<string, unknown[]>();
      aliases.set(a.actor, byName);
      byName.set(a.name, [...(byName.get(a.name) ?? []), r(a.evidence)]);
    }
    for (const m of story.mentions)
      mentions.set(m.place, [...(mentions.get(m.place) ?? []), r(m.evidence)]);
  }
  const actors = pool.actors.map(({ misspelt: _, ...actor }) => ({
    ...actor,
    aliases: [...(aliases.get(actor.id) ?? new Map<string, unknown[]>())].map(
      ([name, evidence]) => ({
        name,
        variant: "misspelling",
        evidence,
      }),
    ),
  }));
  const places = pool.places.map((p) => ({ ...p, mentions: mentions.get(p.id) ?? [] }));
  files.push({ path: "actors.yaml", text: yaml({ actors }) });
  files.push({ path: "places.yaml", text: yaml({ places }) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
