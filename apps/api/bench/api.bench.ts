// the API beside a bare node:http server sending the same bytes, measured by autocannon in one run
import { type ChildProcess, fork, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

const TARGETS = [
  { name: "single record", path: "/v1/events/ev-parliament-resolution" },
  {
    name: "filtered list",
    path: "/v1/statements?speaker=muqtada-al-sadr&act=demand&expand=speaker&limit=20",
  },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} never answered`);
}

/** the API as it is deployed: built JS, access logs on (to /dev/null), no rate limit */
async function startApi(port: number): Promise<ChildProcess> {
  const built = join(root, "dist/server.js");
  const args = existsSync(built) ? [built] : ["--import", "tsx", join(root, "src/server.ts")];
  if (!existsSync(built))
    console.warn(
      "dist/server.js is missing: benchmarking src through tsx (run `pnpm build` first)",
    );
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      RATE_LIMIT: "0",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`http://127.0.0.1:${port}/healthz`);
  return child;
}

async function startBare(
  port: number,
  responses: Record<string, { body: string; type: string }>,
): Promise<ChildProcess> {
  const child = fork(join(root, "bench/bare-server.mjs"), {
    env: { ...process.env, PORT: String(port), BARE_RESPONSES: JSON.stringify(responses) },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  await new Promise((resolve) => child.once("message", resolve));
  return child;
}

interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

async function measure(url: string): Promise<Measured> {
  // a short warm-up so the JIT has seen the route before it is measured
  await autocannon({ url, connections: CONNECTIONS, duration: 1 });
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

async function main() {
  const apiPort = await freePort();
  const api = await startApi(apiPort);
  const responses: Record<string, { body: string; type: string }> = {};
  for (const target of TARGETS) {
    const res = await fetch(`http://127.0.0.1:${apiPort}${target.path}`);
    if (res.status !== 200) throw new Error(`${target.path} answered ${res.status}`);
    responses[target.path] = {
      body: await res.text(),
      type: res.headers.get("Content-Type") ?? "application/json",
    };
  }
  const barePort = await freePort();
  const bare = await startBare(barePort, responses);

  const rows: Record<string, string | number>[] = [];
  try {
    for (const target of TARGETS) {
      const apiResult = await measure(`http://127.0.0.1:${apiPort}${target.path}`);
      const bareResult = await measure(`http://127.0.0.1:${barePort}${target.path}`);
      const bytes = Buffer.byteLength(responses[target.path]?.body ?? "");
      for (const [server, r] of [
        ["api", apiResult],
        ["bare node:http", bareResult],
      ] as const) {
        rows.push({
          target: `${target.name} (${bytes} B)`,
          server,
          "req/s": Math.round(r.requestsPerSecond),
          "p50 ms": r.p50,
          "p99 ms": r.p99,
          errors: r.errors,
          "non-2xx": r.non2xx,
          requests: r.total,
          "vs bare":
            server === "api"
              ? `${((100 * r.requestsPerSecond) / bareResult.requestsPerSecond).toFixed(0)}%`
              : "100%",
        });
      }
    }
  } finally {
    api.kill("SIGTERM");
    bare.kill("SIGTERM");
  }
  console.log(
    `autocannon, ${CONNECTIONS} connections, ${DURATION} s per run, Node ${process.version}, 127.0.0.1`,
  );
  console.table(rows);
  await mkdir(join(root, "bench-results"), { recursive: true });
  await writeFile(
    join(root, "bench-results/api.json"),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, connections: CONNECTIONS, seconds: DURATION, rows }, null, 2)}\n`,
  );
}

await main();
