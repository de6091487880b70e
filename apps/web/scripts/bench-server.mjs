// what the server sends: time to first byte (on-demand pages first hit and cached, search) and
// the JavaScript each route's HTML asks for; used by bench.mjs
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

/** Milliseconds until the response's headers arrive, then the body is drained. */
async function ttfb(url) {
  const start = performance.now();
  const res = await fetch(url);
  const ms = performance.now() - start;
  await res.arrayBuffer();
  return { ms, status: res.status };
}

/** Pages the build rendered ahead, from Next's prerender manifest. */
export function prerenderedPaths(root) {
  const manifest = JSON.parse(readFileSync(join(root, ".next", "prerender-manifest.json"), "utf8"));
  return new Set(Object.keys(manifest.routes));
}

/**
 * TTFB of record pages the build did not render (first hit: rendered on demand; then cached),
 * and of the search page, which is rendered on every request.
 */
export async function serverTimes(baseURL, paths, { repeats = 20 } = {}) {
  const rows = [];
  for (const [name, path] of Object.entries(paths)) {
    const first = await ttfb(baseURL + path);
    const again = [];
    for (let i = 0; i < repeats; i++) again.push((await ttfb(baseURL + path)).ms);
    rows.push({
      page: name,
      path,
      status: first.status,
      firstMs: Math.round(first.ms),
      againP50Ms: Math.round(median(again) * 10) / 10,
      againP95Ms: Math.round(p95(again) * 10) / 10,
    });
  }
  return rows;
}

/** First-load JS: every script the HTML asks for, raw and gzipped. */
export async function firstLoadJs(baseURL, path) {
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
  return {
    files: srcs.length,
    gzip,
    raw,
    inline,
    html: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
  };
}
