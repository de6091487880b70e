// The API's start-up alone: the time from spawning a built server to its first 200 on /healthz,
// then its first search and first filtered list, and its memory, for one or more builds started
// in turn (BENCH_SERVERS=label=path/to/server.js,…; each serves the dataset its own core was built
// or swapped with), so an old build and a new one see the same load. Not a test.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const STARTS = Number(process.env.BENCH_STARTS ?? 5);
const SERVERS = (process.env.BENCH_SERVERS ?? "current=dist/server.js").split(",").map((pair) => {
  const [label = "", path = ""] = pair.split("=");
  const file = resolve(root, path);
  if (!label || !existsSync(file))
    throw new Error(`BENCH_SERVERS: '${pair}' is not label=path of a built server.js`);
  return { label, file };
});

/** ms until the url answers 200, polling every 10 ms; generous for a loaded machine */
async function firstOk(url: string, exited: () => boolean, started: number): Promise<number> {
  const deadline = started + 300_000;
  while (performance.now() < deadline) {
    if (exited()) throw new Error(`the server exited before ${url} answered`);
    try {
      if ((await fetch(url)).ok) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${url} never answered`);
}

async function timed(url: string): Promise<number> {
  const t = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return performance.now() - t;
}

/** CPU time a process has used, all its threads, in ms, from /proc (clock ticks of 10 ms) */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** resident and peak resident memory of a process, in MB, from /proc */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

async function startOnce(file: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [file], {
    env: { ...process.env, PORT: String(port), RATE_LIMIT: "0", ACCESS_LOG: "off" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const listening = await firstOk(`${base}/healthz`, () => child.exitCode !== null, started);
    const cpu = cpuMs(child.pid as number);
    const atStart = memory(child.pid as number);
    const search = await timed(`${base}/v1/search?q=parliament`);
    const list = await timed(`${base}/v1/statements?q=resolution`);
    return { listening, cpu, search, list, atStart, after: memory(child.pid as number) };
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const runs = new Map(SERVERS.map((s) => [s.label, [] as Awaited<ReturnType<typeof startOnce>>[]]));
const load = [loadavg()[0] ?? 0];
for (let i = 0; i < STARTS; i++) {
  for (const { label, file } of SERVERS) {
    const run = await startOnce(file);
    runs.get(label)?.push(run);
    console.error(`${label} ${i + 1}: ${Math.round(run.listening)} ms, ${run.cpu} ms CPU`);
  }
  load.push(loadavg()[0] ?? 0);
}
console.log(
  `BENCH_STARTS=${STARTS} BENCH_SERVERS=${process.env.BENCH_SERVERS ?? ""}, load average ${Math.min(...load).toFixed(1)}-${Math.max(...load).toFixed(1)}`,
);
console.log(
  "| build | start-up, median (each) | CPU time to it, median | first search / filtered list, median | RSS at start / after both (peak) |",
);
console.log("| --- | --- | --- | --- | --- |");
for (const [label, rs] of runs) {
  const s = (x: number) => `${(x / 1000).toFixed(2)} s`;
  const mb = (x: number) => `${Math.round(x)} MB`;
  console.log(
    `| ${label} | ${s(median(rs.map((r) => r.listening)))} (${rs.map((r) => s(r.listening)).join(", ")}) | ${s(median(rs.map((r) => r.cpu)))} | ${Math.round(median(rs.map((r) => r.search)))} / ${Math.round(median(rs.map((r) => r.list)))} ms | ${mb(median(rs.map((r) => r.atStart.rss)))} / ${mb(median(rs.map((r) => r.after.rss)))} (${mb(median(rs.map((r) => r.after.peak)))}) |`,
  );
}
