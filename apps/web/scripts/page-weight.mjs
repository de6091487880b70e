// What each heavy page sends and where its elements go: HTML and inline RSC flight KB, element
// count, and the elements under each top-level section of <main>. A measurement, not a test.
// `node scripts/page-weight.mjs [path…]` against the production build (the story's pages by default;
// BENCH_DATASET names the dataset.json the build was made from, as in bench.mjs).
import { parseHTML } from "linkedom";
import { requireChromiumAndBuild, startServer } from "./serve.mjs";

requireChromiumAndBuild("the page-weight report");
const dataset = process.env.BENCH_DATASET
  ? (await import("@dossier/core/load")).readDataset(process.env.BENCH_DATASET).dataset
  : (await import("@dossier/core/data")).dataset;
const story = dataset.stories[0];
// the actor in the most stories: the page that grows with the corpus
const busiest = [...dataset.actors]
  .map((a) => ({
    id: a.id,
    stories: new Set(
      [
        ...dataset.statements.filter((s) => s.speaker === a.id),
        ...dataset.events.filter((e) => e.participants.some((p) => p.actor === a.id)),
      ].map((r) => r.story),
    ).size,
  }))
  .sort((a, b) => b.stories - a.stories)[0];
const place = [...dataset.places]
  .map((p) => ({ id: p.id, n: dataset.events.filter((e) => e.place === p.id).length }))
  .sort((a, b) => b.n - a.n)[0];
const paths = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      `/stories/${story.id}`,
      `/stories/${story.id}/timeline`,
      `/stories/${story.id}/compare`,
      `/actors/${busiest.id}`,
      `/places/${place.id}`,
    ];

const kb = (n) => (n / 1024).toFixed(1);
const server = await startServer();
try {
  for (const path of paths) {
    const html = await (await fetch(server.baseURL + path)).text();
    const flight = [...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)]
      .map((m) => Buffer.byteLength(m[1]))
      .reduce((a, b) => a + b, 0);
    const { document } = parseHTML(html);
    const count = (el) => el.querySelectorAll("*").length + 1;
    const main = document.querySelector("main") ?? document.body;
    const parts = [...main.querySelectorAll(":scope > * > *, :scope > *")]
      .filter((el) => el.parentElement === main.firstElementChild || el.parentElement === main)
      .map((el) => {
        const heading = el.querySelector("h1, h2, caption, figcaption, legend, summary");
        const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className ? `.${String(el.className).split(" ")[0]}` : ""}`;
        return {
          label,
          heading: heading?.textContent?.trim().slice(0, 40) ?? "",
          n: count(el),
          bytes: Buffer.byteLength(el.outerHTML),
        };
      })
      .filter((p) => p.n > 20)
      .sort((a, b) => b.n - a.n);
    console.log(
      `\n${path}\n  HTML ${kb(Buffer.byteLength(html))} KB, flight ${kb(flight)} KB, ${document.querySelectorAll("*").length} elements`,
    );
    for (const p of parts)
      console.log(
        `  ${String(p.n).padStart(6)} el ${kb(p.bytes).padStart(7)} KB  ${p.label}  ${p.heading}`,
      );
  }
} finally {
  server.stop();
}
