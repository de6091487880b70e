// the API beside a bare node:http server sending the same bytes, measured by autocannon in one run,
// at each dataset size given (BENCH_DATASETS), with start-up and memory under load
import { type ChildProcess, fork, spawn } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { freePort } from "./free-port.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// seconds each server is measured per target, split into rounds that alternate api and bare, so
// both see the same load on a shared machine
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const STARTS = Number(process.env.BENCH_STARTS ?? 3);
// seconds of each server per target before its rounds: the record, measured first, was measured
// while the API's start-up garbage and compilation still ran (its first rounds' ratios were lowest)
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const SOAK_CONNECTIONS = 50;
// the server measured, relative to apps/api: another build (of an older commit, say) to compare
const SERVER = process.env.BENCH_SERVER ?? "dist/server.js";
// the run's settings as a command would set them, printed with the results they produced
const SETTINGS = `BENCH_SECONDS=${SECONDS} BENCH_ROUNDS=${ROUNDS} BENCH_CONNECTIONS=${CONNECTIONS} BENCH_STARTS=${STARTS} BENCH_WARMUP_SECONDS=${WARMUP} BENCH_SOAK_SECONDS=${SOAK_SECONDS} BENCH_SERVER=${SERVER}`;
// label=dir pairs: each dir a compiled dataset (`dossier-data build --out DIR`), swapped into
// core's dist for its run and restored after; without it, the dataset core is built with
const DATASETS = (process.env.BENCH_DATASETS ?? "")
  .split(",")
  .filter(Boolean)
  .map((pair) => {
    const [label = "", dir = ""] = pair.split("=");
    if (!label || !existsSync(dir))
      throw new Error(`BENCH_DATASETS: '${pair}' is not label=dir of a compiled dataset`);
    return { label, dir };
  });

const coreDist = dirname(createRequire(join(root, "package.json")).resolve("@dossier/core/data"));

async function waitFor(url: string, child: ChildProcess, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} never answered`);
}

/** the API as it is deployed: built JS, access logs on (to /dev/null), no rate limit */
async function startApi(port: number): Promise<{ child: ChildProcess; startMs: number }> {
  const built = join(root, SERVER);
  if (!existsSync(built)) throw new Error(`${SERVER} is missing: run \`pnpm build\` first`);
  const started = performance.now();
  const child = spawn(process.execPath, [built], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      RATE_LIMIT: "0",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`http://127.0.0.1:${port}/healthz`, child);
  return { child, startMs: performance.now() - started };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** a response as it came over the wire: the head's text and the body's bytes */
interface Wire {
  head: string;
  body: Buffer;
}

/** one GET as autocannon sends it (a Host header, nothing else) on a fresh socket, read raw */
function rawGet(port: number, path: string): Promise<Wire> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`),
    );
    let received = Buffer.alloc(0);
    socket.on("error", reject);
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = received.subarray(0, end).toString("latin1");
      const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1]);
      if (!Number.isInteger(length))
        return reject(new Error(`${path} answered without a Content-Length:\n${head}`));
      if (received.length < end + 4 + length) return;
      socket.destroy();
      resolve({ head, body: received.subarray(end + 4, end + 4 + length) });
    });
  });
}

// written by node:http on every response of both servers: not part of what the bare server replays
const SET_BY_NODE = new Set(["date", "connection", "keep-alive", "transfer-encoding"]);

/** the status and headers node's writeHead takes to send this head again, less node's own */
function replayable(wire: Wire): { status: number; headers: string[]; body: string } {
  const [statusLine = "", ...lines] = wire.head.split("\r\n");
  const headers: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon);
    if (!SET_BY_NODE.has(name.toLowerCase())) headers.push(name, line.slice(colon + 1).trim());
  }
  return { status: Number(statusLine.split(" ")[1]), headers, body: wire.body.toString("base64") };
}

// per response on both servers (the bare one replays the API's first id): their values may differ
const PER_RESPONSE = /^(date|x-request-id):.*$/gim;

/** what must match for the ratio to mean anything: the head's size and header names, the body */
function wireShape(wire: Wire): string {
  const [statusLine, ...lines] = wire.head.split("\r\n");
  const names = lines.map((line) => line.slice(0, line.indexOf(":")).toLowerCase());
  const fixed = wire.head.replace(PER_RESPONSE, "$1:").length;
  return `${statusLine}; ${names.length} headers (${names.join(", ")}); head ${wire.head.length} B (${fixed} B without the date's and request id's values); body ${wire.body.length} B`;
}

async function startBare(
  port: number,
  responses: Record<string, ReturnType<typeof replayable>>,
): Promise<ChildProcess> {
  const child = fork(join(root, "bench/bare-server.mjs"), {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  child.send(responses);
  await new Promise((resolve) => child.once("message", resolve));
  return child;
}

interface Measured {
  requestsPerSecond: number;
  /** the server's CPU time (user and system, all threads) over the run, when its pid is given */
  cpuMs: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

type Options = Omit<autocannon.Options, "url" | "duration" | "connections">;

/** a process's CPU time so far, from /proc: utime and stime, in clock ticks of 10 ms */
function cpuMsOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function run(
  url: string,
  seconds: number,
  options: Options = {},
  pid?: number,
): Promise<Measured> {
  const cpuBefore = cpuMsOf(pid);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, ...options });
  return {
    requestsPerSecond: result.requests.total / seconds,
    cpuMs: cpuMsOf(pid) - cpuBefore,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

/** rounds merged: requests over the whole time, the worst round's p99 */
function merge(rounds: Measured[]): Measured {
  const sum = (f: (m: Measured) => number) => rounds.reduce((a, m) => a + f(m), 0);
  return {
    requestsPerSecond: sum((m) => m.requestsPerSecond) / rounds.length,
    cpuMs: sum((m) => m.cpuMs),
    p99: Math.max(...rounds.map((m) => m.p99)),
    errors: sum((m) => m.errors),
    non2xx: sum((m) => m.non2xx),
    total: sum((m) => m.total),
  };
}

/**
 * the API and the bare server, alternating, after a warm-up of each; with each round's ratio, whose
 * spread says how much the machine's load moved under the merged one
 */
async function versus(
  apiUrl: string,
  bareUrl: string,
  pids: [number | undefined, number | undefined],
): Promise<[Measured, Measured, number[]]> {
  await run(apiUrl, WARMUP);
  await run(bareUrl, WARMUP);
  const api: Measured[] = [];
  const bare: Measured[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    api.push(await run(apiUrl, SECONDS / ROUNDS, {}, pids[0]));
    bare.push(await run(bareUrl, SECONDS / ROUNDS, {}, pids[1]));
  }
  const ratios = api.map((a, i) => a.requestsPerSecond / (bare[i]?.requestsPerSecond ?? 0));
  return [merge(api), merge(bare), ratios];
}

/** a fresh path per request, so no response comes from the cache */
function everyRequestNew(paths: () => string): Options {
  return { requests: [{ setupRequest: (req) => ({ ...req, path: paths() }) }] };
}

function rssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

type Row = Record<string, string | number>;

async function measureDataset(label: string): Promise<{ rows: Row[]; summary: Row }> {
  // the server measured below is the last start; earlier ones only time start-up
  const startMs: number[] = [];
  for (let i = 1; i < STARTS; i++) {
    const { child, startMs: ms } = await startApi(await freePort());
    startMs.push(Math.round(ms));
    await stop(child);
  }
  const apiPort = await freePort();
  const { child: api, startMs: lastMs } = await startApi(apiPort);
  startMs.push(Math.round(lastMs));
  console.log(`${label} stories: listening after ${startMs.join(", ")} ms`);
  const base = `http://127.0.0.1:${apiPort}`;
  const rows: Row[] = [];
  let summary: Row = {};
  let bare: ChildProcess | undefined;
  try {
    // what to ask for, read from the dataset served: a record, a speaker's statements, a name
    type Page<T> = { data: T[] };
    const counts = (
      await getJson<{ dataset: { counts: Record<string, number> } }>(`${base}/healthz`)
    ).dataset.counts;
    const [event] = (await getJson<Page<{ id: string }>>(`${base}/v1/events?limit=1`)).data;
    const statements = (
      await getJson<Page<{ speaker?: string; act: string }>>(`${base}/v1/statements?limit=100`)
    ).data;
    const said = statements.find((s) => s.speaker) ?? statements[0];
    const actors = (
      await getJson<Page<{ id: string; name: string }>>(`${base}/v1/actors?limit=100`)
    ).data;
    const places = (await getJson<Page<{ name: string }>>(`${base}/v1/places?limit=100`)).data;
    const speaker = actors.find((a) => a.id === said?.speaker) ?? actors[0];
    if (!event || !said?.speaker || !speaker) throw new Error("the dataset has too little to ask");
    const words = [...new Set([...actors, ...places].flatMap((r) => r.name.split(/\W+/)))].filter(
      (w) => w.length > 3,
    );
    const targets = [
      { name: "single record", path: `/v1/events/${event.id}` },
      {
        name: "filtered list",
        path: `/v1/statements?speaker=${said.speaker}&act=${said.act}&expand=speaker&limit=20`,
      },
      { name: "search", path: `/v1/search?q=${encodeURIComponent(speaker.name)}` },
    ];
    const responses: Record<string, ReturnType<typeof replayable>> = {};
    const sizes: Record<string, number> = {};
    // each target's first request, before anything is cached: what a fresh replica pays. It is
    // sent as autocannon sends it, so its response is the one measured, and the bare server's
    const firstMs: number[] = [];
    for (const target of targets) {
      const asked = performance.now();
      const first = await rawGet(apiPort, target.path);
      firstMs.push(Math.round(performance.now() - asked));
      if (!first.head.startsWith("HTTP/1.1 200 "))
        throw new Error(`${target.path} answered ${first.head.split("\r\n")[0]}`);
      // the second is kept (the cache keeps a response from its second request on), the third
      // is a hit, as every measured request is (a miss orders its headers differently)
      await rawGet(apiPort, target.path);
      const wire = await rawGet(apiPort, target.path);
      responses[target.path] = replayable(wire);
      sizes[target.path] = wire.body.length;
    }
    const barePort = await freePort();
    bare = await startBare(barePort, responses);
    // the bare server must send what the API sends (a hit, now), or the ratio compares two things
    for (const target of targets) {
      const api = wireShape(await rawGet(apiPort, target.path));
      const baseline = wireShape(await rawGet(barePort, target.path));
      if (api !== baseline)
        throw new Error(`the bare server's ${target.path} differs:\n${api}\n${baseline}`);
      console.log(`${target.name}: ${api}`);
    }

    for (const target of targets) {
      const [a, b, ratios] = await versus(
        `${base}${target.path}`,
        `http://127.0.0.1:${barePort}${target.path}`,
        [api.pid, bare.pid],
      );
      const bytes = sizes[target.path] ?? 0;
      rows.push(row(label, `${target.name}, hot (${bytes} B)`, a, b, ratios));
    }
    // the same kinds of request, each one new: what the cache cannot help with
    const cold = [
      {
        name: "filtered list, each request new",
        paths: () =>
          `/v1/statements?speaker=${pick(actors).id}&expand=speaker&limit=${1 + Math.floor(Math.random() * 100)}`,
      },
      {
        name: "search, each request new",
        paths: () => `/v1/search?q=${encodeURIComponent(`${pick(words)} ${pick(words)}`)}`,
      },
    ];
    for (const target of cold) {
      await run(base, 1, everyRequestNew(target.paths));
      const measured = await run(base, SECONDS, everyRequestNew(target.paths));
      rows.push(row(label, target.name, measured));
    }

    // memory: a minute at 50 connections over every kind of request, hot and new
    const mixed = [...targets.map((t) => () => t.path), ...cold.map((t) => t.paths)];
    let after5 = 0;
    const sample = setTimeout(() => {
      after5 = rssMb(api.pid);
    }, 5_000);
    const soak = await autocannon({
      url: base,
      connections: SOAK_CONNECTIONS,
      duration: SOAK_SECONDS,
      ...everyRequestNew(() => pick(mixed)()),
    });
    clearTimeout(sample);
    summary = {
      stories: label,
      statements: counts.statements ?? 0,
      "start-up ms (median of runs)": `${median(startMs)} (${startMs.join(", ")})`,
      "first record / filtered list / search ms": firstMs.join(" / "),
      [`RSS after 5 s / ${SOAK_SECONDS} s at ${SOAK_CONNECTIONS} connections`]: `${after5} / ${rssMb(api.pid)} MB`,
      "soak errors / non-2xx": `${soak.errors + soak.timeouts} / ${soak.non2xx} of ${soak.requests.total}`,
    };
  } finally {
    await stop(api);
    if (bare) await stop(bare);
  }
  return { rows, summary };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function row(
  label: string,
  target: string,
  api: Measured,
  bare?: Measured,
  ratios: number[] = [],
): Row {
  // CPU per request is steadier than requests/s on a shared machine: another process's burst
  // takes time from a round, not from each request
  const cpuUs = (m: Measured) => ((m.cpuMs * 1000) / m.total).toFixed(1);
  return {
    stories: label,
    target,
    "api req/s": Math.round(api.requestsPerSecond),
    "api p99 ms": api.p99,
    "bare req/s": bare ? Math.round(bare.requestsPerSecond) : "",
    "bare p99 ms": bare ? bare.p99 : "",
    "api ÷ bare": bare ? (api.requestsPerSecond / bare.requestsPerSecond).toFixed(2) : "",
    "rounds' api ÷ bare": ratios.map((r) => r.toFixed(2)).join(", "),
    "CPU µs/request api / bare": bare ? `${cpuUs(api)} / ${cpuUs(bare)}` : "",
    "errors / non-2xx": `${api.errors + (bare?.errors ?? 0)} / ${api.non2xx + (bare?.non2xx ?? 0)}`,
  };
}

function markdown(rows: Row[]): string {
  const header = Object.keys(rows[0] ?? {});
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${header.map((h) => r[h]).join(" | ")} |`),
  ].join("\n");
}

/** core's dataset files, swapped for a compiled one's and put back after */
function swapDataset(dir: string): () => void {
  const saved = new Map<string, Buffer | undefined>();
  for (const name of readdirSync(dir)) {
    if (!statSync(join(dir, name)).isFile()) continue;
    const target = join(coreDist, name);
    saved.set(target, existsSync(target) ? readFileSync(target) : undefined);
    copyFileSync(join(dir, name), target);
  }
  return () => {
    for (const [target, bytes] of saved) {
      if (bytes) writeFileSync(target, bytes);
      else rmSync(target, { force: true });
    }
  };
}

async function main() {
  console.log(SETTINGS);
  const rows: Row[] = [];
  const summaries: Row[] = [];
  const load = [loadavg()[0] ?? 0];
  for (const { label, dir } of DATASETS.length ? DATASETS : [{ label: "built", dir: "" }]) {
    const restore = dir ? swapDataset(dir) : () => {};
    const restoreOnSignal = () => {
      restore();
      process.exit(130);
    };
    process.once("SIGINT", restoreOnSignal);
    try {
      const measured = await measureDataset(label);
      rows.push(...measured.rows);
      summaries.push(measured.summary);
      console.table(measured.rows);
      console.table([measured.summary]);
    } finally {
      restore();
      process.off("SIGINT", restoreOnSignal);
    }
    load.push(loadavg()[0] ?? 0);
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load average ${Math.min(...load).toFixed(1)}-${Math.max(...load).toFixed(1)}`;
  const text = `${SETTINGS}\nautocannon on 127.0.0.1, ${CONNECTIONS} connections, ${SECONDS} s per server per target in ${ROUNDS} alternating rounds; ${machine}\n\n${markdown(summaries)}\n\n${markdown(rows)}\n`;
  console.log(text);
  await mkdir(join(root, "bench-results"), { recursive: true });
  await writeFile(join(root, "bench-results/api.md"), text);
  await writeFile(
    join(root, "bench-results/api.json"),
    `${JSON.stringify({ date: new Date().toISOString(), settings: SETTINGS, machine, connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, starts: STARTS, soakSeconds: SOAK_SECONDS, server: SERVER, summaries, rows }, null, 2)}\n`,
  );
}

await main();
