// Core at one corpus size, in a fresh process so peak memory is this corpus's: compile-and-check,
// load, and each query's p50/p99, with the p50s also as a ratio to a baseline measured in the same
// run (a plain scan of the statements), so the figures mean something on a shared machine.
// Prints one JSON line; scale-table.ts runs it at each size and writes the table. Not a test.
import { resourceUsage } from "node:process";
import { compileDataset } from "../src/dataset/compile.js";
import { dataDir } from "../src/dataset/data-dir.js";
import { readDataFolder } from "../src/dataset/read-folder.js";
import {
  compareSources,
  filterActors,
  filterEvents,
  filterStatements,
  listStories,
  search,
  serialiseSearchIndex,
  storyFacets,
  timeline,
  useSearchIndex,
} from "../src/index.js";
import type { Dataset } from "../src/schemas/dataset.js";

const files = await readDataFolder(dataDir());
let start = performance.now();
const compiled = compileDataset(files);
const compileMs = performance.now() - start;
const compileRssMb = resourceUsage().maxRSS / 1024;
if (!compiled.ok) throw new Error("the data has problems: run pnpm data:check");

// what the dataset module holds: the dataset as JSON, and the serialised search index
const json = JSON.stringify(compiled.dataset);
const index = serialiseSearchIndex(compiled.dataset);
start = performance.now();
const ds = JSON.parse(json) as Dataset;
const loadMs = performance.now() - start;
useSearchIndex(ds, index);
start = performance.now();
search(ds, "sanctions");
const firstSearchMs = performance.now() - start;

/** p50 and p99 in ms over many calls, each call given the next of a round of arguments */
function percentiles<A>(args: readonly A[], fn: (a: A) => unknown, ms = 1500) {
  for (let i = 0; i < 20; i++) fn(args[i % args.length] as A);
  const times: number[] = [];
  const until = performance.now() + ms;
  for (let i = 0; performance.now() < until || times.length < 50; i++) {
    const t = performance.now();
    fn(args[i % args.length] as A);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), n: times.length };
}

const stories = ds.stories.slice(0, 50);
const speakers = [...new Set(ds.statements.map((s) => s.speaker).filter((s) => s !== null))];
const words = ["sanctions", "convoy", "parliament", "withdraw", "resolution", "ambassador"];
const facets = storyFacets(ds);
const storyActors = facets.actors.map((a) => a.value);
const eventType = facets.types[0]?.value ?? "public-statement";
const period = facets.period ?? { start: "2020-01-01", end: "2020-01-01" };
const baseline = percentiles(words, (w) => ds.statements.filter((s) => s.gist.includes(w)));
const queries = {
  "filtered list (statements of a story, with text)": percentiles(stories, (s) =>
    filterStatements(ds, { story: s.id, text: "the" }),
  ),
  "filtered list (events of an actor)": percentiles(speakers, (a) =>
    filterEvents(ds, { actor: a }),
  ),
  "filtered list (actors, text)": percentiles(words, (w) => filterActors(ds, { text: w })),
  "timeline of a story": percentiles(stories, (s) => timeline(ds, { story: s.id })),
  "timeline of a speaker": percentiles(speakers, (a) => timeline(ds, { speaker: a })),
  "story index, first page": percentiles([1], () => listStories(ds)),
  "story index, by actor and event type, last page": percentiles(storyActors, (a) =>
    listStories(ds, { actor: a, type: [eventType] }, { page: 1e3 }),
  ),
  "story index, words and period": percentiles(words, (w) =>
    listStories(ds, { text: w, from: period.start }),
  ),
  search: percentiles(words, (w) => search(ds, w)),
  "compare a story's sources": percentiles(stories, (s) => compareSources(ds, s.sources)),
};

console.log(
  JSON.stringify({
    stories: ds.stories.length,
    statements: ds.statements.length,
    events: ds.events.length,
    sources: ds.sources.length,
    datasetMb: Buffer.byteLength(json) / 1e6,
    indexMb: Buffer.byteLength(index) / 1e6,
    compileMs,
    compileRssMb,
    loadMs,
    firstSearchMs,
    baseline,
    queries,
  }),
);
