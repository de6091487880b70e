import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDataset } from "@dossier/core/load";
import { getConnInfo } from "@hono/node-server/conninfo";
import { createApp } from "./app.js";
import { clientAddressOf, nodeListener } from "./listener.js";

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? "127.0.0.1";
// RATE_LIMIT=0 turns the limit off (benchmarks); otherwise requests per RATE_LIMIT_WINDOW seconds
const limit = Number(process.env.RATE_LIMIT ?? 300);
const windowSeconds = Number(process.env.RATE_LIMIT_WINDOW ?? 60);
const trustProxy = process.env.TRUST_PROXY === "1";
// megabytes of finished responses kept in memory; 0 keeps none
const cacheMb = Number(process.env.RESPONSE_CACHE_MB ?? 64);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  throw new Error(`PORT must be a port number, not '${process.env.PORT}'`);
if (!(limit >= 0) || !(windowSeconds > 0))
  throw new Error("RATE_LIMIT must be >= 0 and RATE_LIMIT_WINDOW > 0");
// megabytes of the records' JSON kept encoded, to be copied into responses (see http/json-bytes.ts)
const recordJsonMb = Number(process.env.RECORD_JSON_MB ?? 64);
if (!(recordJsonMb >= 0))
  throw new Error(
    `RECORD_JSON_MB must be a number of megabytes, 0 or more, not '${process.env.RECORD_JSON_MB}'`,
  );
if (!(cacheMb >= 0))
  throw new Error(
    `RESPONSE_CACHE_MB must be a number of megabytes, 0 or more, not '${process.env.RESPONSE_CACHE_MB}'`,
  );

// the docs page's script, served from the installed package so /docs works without internet
const scalarBundle = join(
  dirname(fileURLToPath(import.meta.resolve("@scalar/api-reference"))),
  "browser/standalone.js",
);
const scalarScript = readFileSync(scalarBundle);

// core's compiled dataset, its search index left until the first search; its fingerprint hashed by
// core's build (hashing dataset.json here took a second of start-up at 1,000 stories)
const { dataset, fingerprint } = loadDataset();

// straight to stdout, batched as a buffered logger batches (pino's sonic-boom): written every
// 50 ms, or at once past 64 KB, and on exit. console.log's formatting and a write per request
// showed in profiles of a hot record (a write was a sixth of a replayed hit's time); a write per
// turn of the event loop (setImmediate) kept the loop from waiting for more requests, and with it
// a hot record ran at 0.72 and 0.75 of a bare server against 0.86 and 0.93 with the log off
const FLUSH_MS = 50;
const FLUSH_BYTES = 64 * 1024;
let pendingLines: string[] = [];
let pendingBytes = 0;
let flushTimer: NodeJS.Timeout | undefined;
function flushLines() {
  clearTimeout(flushTimer);
  flushTimer = undefined;
  if (pendingLines.length === 0) return;
  process.stdout.write(pendingLines.join(""));
  pendingLines = [];
  pendingBytes = 0;
}
function accessLine(line: string) {
  pendingLines.push(`${line}\n`);
  pendingBytes += line.length + 1;
  if (pendingBytes >= FLUSH_BYTES) flushLines();
  else flushTimer ??= setTimeout(flushLines, FLUSH_MS).unref();
}
process.on("exit", flushLines);

const app = createApp(dataset, {
  fingerprint,
  responseCache: cacheMb > 0 ? { maxBytes: cacheMb * 1024 * 1024 } : false,
  recordJsonBytes: recordJsonMb * 1024 * 1024,
  docsScript: "/docs/scalar.js",
  ...(process.env.PUBLIC_URL && { publicUrl: process.env.PUBLIC_URL }),
  rateLimit: limit > 0 ? { limit, windowSeconds } : false,
  clientAddress: (c) =>
    clientAddressOf(c.req.header("X-Forwarded-For"), getConnInfo(c).remote.address, trustProxy),
  log: process.env.ACCESS_LOG === "off" ? false : accessLine,
});

app.get("/docs/scalar.js", (c) =>
  c.body(scalarScript, 200, {
    "Content-Type": "text/javascript; charset=utf-8",
    "Cache-Control": "public, max-age=86400",
  }),
);

const server = createServer(nodeListener(app, trustProxy));
server.listen(port, hostname, () => {
  const info = server.address() as AddressInfo;
  console.log(
    JSON.stringify({
      time: new Date().toISOString(),
      level: "info",
      msg: "listening",
      url: `http://${info.address}:${info.port}`,
    }),
  );
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  flushLines();
  console.log(
    JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "shutting down", signal }),
  );
  // stop accepting; requests in flight finish, and each keep-alive socket is let go once it falls idle
  server.close((error) => process.exit(error ? 1 : 0));
  server.closeIdleConnections();
  setInterval(() => server.closeIdleConnections(), 50).unref();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
