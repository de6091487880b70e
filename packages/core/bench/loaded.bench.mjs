// Loads a written dataset module (argv[2]) in this fresh process, as the API and the reader do,
// then times each query's p50/p99, with the p50s also as a ratio to a baseline measured in the
// same run (a plain scan of the statements), so the figures mean something on a shared machine.
// Run by scale.bench.ts with plain Node against the built package (dist/), as the apps run it:
// no TypeScript loader in the timings. Prints one JSON line. Not a test.
import { PerformanceObserver } from "node:perf_hooks";
import { resourceUsage } from "node:process";
import { pathToFileURL } from "node:url";
import {
  compareSources,
  filterActors,
  filterEvents,
  filterStatements,
  listStories,
  search,
  storyFacets,
  timeline,
} from "../dist/index.js";

const url = pathToFileURL(`${process.argv[2]}/data.js`).href;
let start = performance.now();
const { dataset: ds } = await import(url);
const loadMs = performance.now() - start;
const loadRssMb = process.memoryUsage().rss / 1e6;
start = performance.now();
search(ds, "sanctions");
const firstSearchMs = performance.now() - start;

// garbage-collector pauses while the queries run: what a long p99 next to a short p50 comes from
const pauses = [];
const gc = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) pauses.push(entry.duration);
});
gc.observe({ entryTypes: ["gc"] });

/** p50 and p99 in ms over many calls, each call given the next of a round of arguments */
function percentiles(args, fn, ms = 1500) {
  for (let i = 0; i < 20; i++) fn(args[i % args.length]);
  const times = [];
  const until = performance.now() + ms;
  for (let i = 0; performance.now() < until || times.length < 50; i++) {
    const t = performance.now();
    fn(args[i % args.length]);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), n: times.length };
}

const stories = ds.stories.slice(0, 50);
const speakers = [...new Set(ds.statements.map((s) => s.speaker).filter((s) => s !== null))];
const words = ["sanctions", "convoy", "parliament", "withdraw", "resolution", "ambassador"];
const phrases = ["the minister warned", "sanctons", "convoy border", "parl"];
// the story index's arguments, from its own facets so they exist at every corpus size
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
  "search (several words, a typo, a prefix)": percentiles(phrases, (q) => search(ds, q)),
  "search (statements of a story)": percentiles(stories, (s) =>
    search(ds, "the", { kinds: ["statement"], story: s.id }),
  ),
  "compare a story's sources": percentiles(stories, (s) => compareSources(ds, s.sources)),
};
// the observer reports after the synchronous runs: let it
await new Promise((resolve) => setTimeout(resolve, 50));
gc.disconnect();

console.log(
  JSON.stringify({
    stories: ds.stories.length,
    statements: ds.statements.length,
    events: ds.events.length,
    sources: ds.sources.length,
    loadMs,
    loadRssMb,
    firstSearchMs,
    peakRssMb: resourceUsage().maxRSS / 1024,
    longestGcMs: Math.max(0, ...pauses),
    baseline,
    queries,
  }),
);
