// The reader's benchmark: time to first byte (pages rendered on demand, first hit and cached; the
// search page), first-load JS per route, and Lighthouse (mobile) on each page type, the median of
// BENCH_RUNS runs (3 unless set), each run alternating with a bare Next.js page served in the same
// run. A benchmark, not a test: it prints figures and never fails on them.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromiumArgs } from "@dossier/playwright-config";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { firstLoadJs, prerenderedPaths, serverTimes } from "./bench-server.mjs";
import { chromiumPath, requireChromiumAndBuild, root, startServer } from "./serve.mjs";

requireChromiumAndBuild("the benchmark");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = process.env.BENCH_PAGES?.split(",");
// BENCH_CATEGORIES=accessibility,best-practices,seo runs only the scores that do not depend on the
// machine's load, without the bare page
const CATEGORIES = process.env.BENCH_CATEGORIES?.split(",") ?? [
  "performance",
  "accessibility",
  "best-practices",
  "seo",
];
const PERF = CATEGORIES.includes("performance");

// BENCH_DATASET names the dataset.json the build was made from, when core's own is another
const dataset = process.env.BENCH_DATASET
  ? (await import("@dossier/core/load")).readDataset(process.env.BENCH_DATASET).dataset
  : (await import("@dossier/core/data")).dataset;
const { filterEvents, filterStatements } = await import("@dossier/core");
const story = dataset.stories[0];
const PAGES = {
  home: "/",
  story: `/stories/${story.id}`,
  timeline: `/stories/${story.id}/timeline`,
  compare: `/stories/${story.id}/compare`,
  event: `/events/${dataset.events[0].id}`,
  statement: `/statements/${dataset.statements[0].id}`,
  actors: "/actors",
  actor: `/actors/${dataset.actors[0].id}`,
  source: `/sources/${story.sources[0]}`,
  place: `/places/${dataset.places[0].id}`,
  search: "/search?q=sovereignty",
  "not found": "/events/no-such-event",
};
const pages = Object.entries(PAGES).filter(([name]) => !ONLY || ONLY.includes(name));

// the bare page: a real Next App Router production build with one heading and one paragraph
const bareDir = join(root, "bench", "bare");
if (!existsSync(join(bareDir, ".next", "BUILD_ID"))) {
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const built = spawnSync(process.execPath, [next, "build", bareDir], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("building the bare page failed");
}

// on-demand pages: records of a story the build did not render (the oldest), when there is one
const built = prerenderedPaths(root);
const onDemand =
  [...dataset.stories].reverse().find((s) => !built.has(`/stories/${s.id}`)) ?? story;
const tag = built.has(`/stories/${onDemand.id}`) ? " (prerendered)" : "";
const word =
  dataset.stories[0].title
    .split(/\W+/)
    .find((w) => w.length > 5)
    ?.toLowerCase() ?? "the";
const TTFB_PAGES = {
  [`story${tag}`]: `/stories/${onDemand.id}`,
  [`event${tag}`]: `/events/${filterEvents(dataset, { story: onDemand.id })[0]?.id}`,
  [`statement${tag}`]: `/statements/${filterStatements(dataset, { story: onDemand.id })[0]?.id}`,
  [`source${tag}`]: `/sources/${onDemand.sources[0]}`,
  search: `/search?q=${encodeURIComponent(word)}`,
  // the story index: its first page, and a filtered page (both render on every request)
  home: "/",
  "home, by actor": `/?actor=${encodeURIComponent(onDemandActor(dataset, onDemand.id))}`,
  // the same static 404 page twice: once through src/proxy.ts's rewrite, once with no proxy
  "404, unknown id (proxy)": "/events/no-such-id",
  "404, unknown path (no proxy)": "/no/such/page",
};

/** An actor of the story, to filter the index by. */
function onDemandActor(ds, storyId) {
  return filterStatements(ds, { story: storyId }).find((s) => s.speaker)?.speaker ?? "";
}

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const ms = (lhr, id) => Math.round(lhr.audits[id]?.numericValue ?? 0);

function table(rows) {
  const headers = Object.keys(rows[0]);
  const cells = (r) => headers.map((h) => String(r[h]));
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${cells(r).join(" | ")} |`),
  ].join("\n");
}

const server = await startServer();
const bare = await startServer({ dir: bareDir });
const out = {
  at: new Date().toISOString(),
  stories: dataset.stories.length,
  prerendered: built.size,
};
const report = [];
try {
  // measured before anything else touches those pages, so the first hit is a real first hit
  out.ttfb = await serverTimes(server.baseURL, TTFB_PAGES);
  report.push(`## Time to first byte (ms)\n\n${table(out.ttfb)}`);

  out.js = [];
  for (const [name, path] of [["bare", "/"], ...pages]) {
    const js = await firstLoadJs(name === "bare" ? bare.baseURL : server.baseURL, path);
    out.js.push({
      page: name,
      jsFiles: js.files,
      jsGzipKB: kb(js.gzip),
      jsRawKB: kb(js.raw),
      inlineKB: kb(js.inline),
      htmlKB: kb(js.html),
      htmlGzipKB: kb(js.htmlGzip),
    });
  }
  report.push(`## First-load JavaScript and HTML per page\n\n${table(out.js)}`);

  if (RUNS > 0) out.lighthouse = await lighthouseRuns();
} finally {
  server.stop();
  bare.stop();
}
process.stderr.write("\n");

if (out.lighthouse) {
  const rows = out.lighthouse.map(({ page, runs, bareRuns }) => {
    const m = (k) => median(runs.map((r) => r[k]));
    if (!PERF)
      return {
        page,
        a11y: m("a11y"),
        bp: m("bp"),
        seo: m("seo"),
        "audits below 1": [...new Set(runs.flatMap((r) => r.failed))].join(", ") || "none",
      };
    const perf = m("perf");
    const barePerf = median(bareRuns.map((r) => r.perf));
    return {
      page,
      perf,
      bare: barePerf,
      "perf - bare": perf - barePerf,
      runs: runs.map((r) => r.perf).join(" "),
      a11y: m("a11y"),
      bp: m("bp"),
      seo: m("seo"),
      fcp: m("fcp"),
      lcp: m("lcp"),
      "bare lcp": median(bareRuns.map((r) => r.lcp)),
      "seen fcp": m("seenFcp"),
      "bare seen fcp": median(bareRuns.map((r) => r.seenFcp)),
      tbt: m("tbt"),
      "bare tbt": median(bareRuns.map((r) => r.tbt)),
      cls: m("cls").toFixed(3),
      transferKB: kb(m("bytes")),
      fontKB: kb(m("fontBytes")),
    };
  });
  report.push(
    PERF
      ? `## Lighthouse (mobile), median of ${RUNS} runs, each beside a run of the bare page\n\n${table(rows)}`
      : `## Lighthouse (mobile): ${CATEGORIES.join(", ")}, median of ${RUNS} runs\n\n${table(rows)}`,
  );
}
report.push(
  `${dataset.stories.length} stories; ${built.size} pages rendered at build. ttfb: first is the first request after the server started (an on-demand page renders then), again the ${20} requests after it (p50, p95). js: scripts the HTML requests (gzip and raw KB, noModule polyfills excluded); inline: inlined RSC flight data. perf, a11y, bp, seo: Lighthouse scores (0-100); fcp, lcp, tbt in ms (simulated); seen fcp: the first paint in the unthrottled load Lighthouse simulates from; bare: the bare Next.js page's median over the same rounds; search scores SEO low on purpose (noindex).`,
);
console.log(report.join("\n\n"));
const dir = join(root, "bench-results");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "web.json"), `${JSON.stringify(out, null, 2)}\n`);
writeFileSync(join(dir, "web.md"), `${report.join("\n\n")}\n`);

async function lighthouseRuns() {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ["--headless=new", ...chromiumArgs],
  });
  const run = async (url) => {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: CATEGORIES,
      // the not-found page answers 404 on purpose; audit it rather than stop at its status
      ignoreStatusCode: true,
    });
    if (lhr.runtimeError) console.error(`${url}: ${lhr.runtimeError.code}`);
    const items = lhr.audits["resource-summary"]?.details?.items ?? [];
    const bytes = (type) => items.find((i) => i.resourceType === type)?.transferSize ?? 0;
    process.stderr.write(".");
    // what keeps a score under 100: the scored audits that did not pass, by id
    const failed = CATEGORIES.filter((c) => c !== "performance").flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    );
    return {
      failed,
      perf: score(lhr, "performance"),
      a11y: score(lhr, "accessibility"),
      bp: score(lhr, "best-practices"),
      seo: score(lhr, "seo"),
      fcp: ms(lhr, "first-contentful-paint"),
      lcp: ms(lhr, "largest-contentful-paint"),
      tbt: ms(lhr, "total-blocking-time"),
      // the first paint as the unthrottled load saw it: Lighthouse simulates fcp and lcp from the
      // requests started before it, so a late one here (a whole second late when headless
      // Chromium skipped frames) costs far more in the simulated figures
      seenFcp: Math.round(
        lhr.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint ?? 0,
      ),
      cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0,
      bytes: bytes("total"),
      fontBytes: bytes("font"),
    };
  };
  const results = pages.map(([page]) => ({ page, runs: [], bareRuns: [] }));
  try {
    // one unmeasured load of each, so no measured run pays for a server's warm-up
    for (const [, path] of pages) await fetch(server.baseURL + path);
    await fetch(bare.baseURL);
    for (let round = 0; round < RUNS; round++)
      for (const [i, [, path]] of pages.entries()) {
        if (PERF) results[i].bareRuns.push(await run(`${bare.baseURL}/`));
        results[i].runs.push(await run(server.baseURL + path));
      }
  } finally {
    await chrome.kill();
  }
  return results;
}
