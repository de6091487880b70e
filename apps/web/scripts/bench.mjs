// Lighthouse on each page type, mobile and desktop, plus the JavaScript each route loads first.
// A benchmark, not a test: it prints figures and never fails on them.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { chromiumPath, requireChromiumAndBuild, root, startServer } from "./serve.mjs";

requireChromiumAndBuild("the benchmark");

const { dataset } = await import("@dossier/core/data");
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
  search: "/search?q=sovereignty",
};

/** First-load JS: every script the HTML asks for, raw and gzipped. */
async function firstLoadJs(baseURL, path) {
  const html = await (await fetch(baseURL + path)).text();
  // modern browsers skip the noModule polyfills, so they are not counted
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter(
    (m) => !/nomodule/i.test(m[0]),
  );
  const srcs = [...new Set(tags.map((m) => m[1]))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, baseURL))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, m) => n + Buffer.byteLength(m[1]),
    0,
  );
  return { files: srcs.length, raw, gzip, inline, html: Buffer.byteLength(html) };
}

const kb = (n) => `${(n / 1024).toFixed(1)}`;
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const ms = (lhr, id) => Math.round(lhr.audits[id]?.numericValue ?? 0);

const server = await startServer();
// one unmeasured load, so the first measured page does not pay for the server's warm-up
for (const path of Object.values(PAGES)) await fetch(server.baseURL + path);
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const rows = [];
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const js = await firstLoadJs(server.baseURL, path);
    for (const [form, config] of [
      ["mobile", undefined],
      ["desktop", desktopConfig],
    ]) {
      const result = await lighthouse(
        server.baseURL + path,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
        },
        config,
      );
      const lhr = result.lhr;
      if (lhr.runtimeError)
        console.error(`${name} ${form}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scripts = lhr.audits["resource-summary"]?.details?.items?.find(
        (i) => i.resourceType === "script",
      );
      rows.push({
        page: name,
        form,
        perf: score(lhr, "performance"),
        a11y: score(lhr, "accessibility"),
        bp: score(lhr, "best-practices"),
        seo: score(lhr, "seo"),
        fcp: ms(lhr, "first-contentful-paint"),
        lcp: ms(lhr, "largest-contentful-paint"),
        tbt: ms(lhr, "total-blocking-time"),
        cls: (lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3),
        lhScriptKB: kb(scripts?.transferSize ?? 0),
        jsFiles: js.files,
        jsGzipKB: kb(js.gzip),
        jsRawKB: kb(js.raw),
        inlineKB: kb(js.inline),
        htmlKB: kb(js.html),
      });
      process.stderr.write(".");
    }
  }
} finally {
  await chrome.kill();
  server.stop();
}
process.stderr.write("\n");

const headers = Object.keys(rows[0]);
const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => String(r[h]).length)));
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join("  ");
console.log(line(headers));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const r of rows) console.log(line(headers.map((h) => r[h])));
console.log(
  "\nperf/a11y/bp/seo: Lighthouse scores; fcp/lcp/tbt in ms; lhScriptKB: script bytes Lighthouse saw transferred; js*: first-load JavaScript the page's HTML requests (gzip and raw KB, noModule polyfills excluded); inline: inlined RSC flight data; search scores SEO low on purpose (noindex).",
);

const out = join(root, "bench-results");
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, "lighthouse.json"),
  `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`,
);
