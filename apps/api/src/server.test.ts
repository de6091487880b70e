import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { looseJson } from "./test-support/app.js";
import { EVENT } from "./test-support/fixtures.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let server: ChildProcess;
let base = "";
let output = "";

/** starts the real server on a free port (PORT=0) and waits for its "listening" line */
async function start(): Promise<void> {
  server = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", RATE_LIMIT: "1000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  base = await new Promise<string>((resolve, reject) => {
    server.once("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    server.stdout?.on("data", (chunk: Buffer) => {
      output += chunk;
      const match = /"msg":"listening","url":"([^"]+)"/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
  });
}

beforeAll(start);
afterAll(() => {
  if (server.exitCode === null) server.kill("SIGKILL");
});

describe("the real server", () => {
  it("listens on 127.0.0.1 and answers /healthz", async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect((await looseJson(res)).status).toBe("ok");
  });

  it("serves a record compressed, with a strong tag, and revalidates it", async () => {
    const res = await fetch(`${base}/v1/events/${EVENT}`, {
      headers: { "Accept-Encoding": "gzip" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Encoding")).toBe("gzip");
    expect((await looseJson(res)).id).toBe(EVENT);
    const etag = res.headers.get("ETag") ?? "";
    expect(etag).toMatch(/^"[0-9a-z]+-gzip"$/);
    const again = await fetch(`${base}/v1/events/${EVENT}`, {
      headers: { "Accept-Encoding": "gzip", "If-None-Match": etag },
    });
    expect(again.status).toBe(304);
  });

  it("serves the docs page with its script from the installed package, so it works offline", async () => {
    const page = await (await fetch(`${base}/docs`)).text();
    expect(page).toContain('<script src="/docs/scalar.js">');
    const script = await fetch(`${base}/docs/scalar.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("Content-Type")).toMatch(/javascript/);
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
  });

  it("limits by the client's address and says so in RateLimit headers", async () => {
    const res = await fetch(`${base}/v1/stories`);
    expect(res.headers.get("RateLimit-Policy")).toBe("1000;w=60");
    expect(Number(res.headers.get("RateLimit-Remaining"))).toBeLessThan(1000);
  });

  it("streams a CSV export over the socket", async () => {
    const res = await fetch(`${base}/v1/statements?format=csv`);
    expect(res.headers.get("Content-Type")).toMatch(/^text\/csv/);
    const lines = (await res.text()).trimEnd().split("\r\n");
    expect(lines.length).toBe(Number(res.headers.get("X-Total-Count")) + 1);
  });

  it("logs each request as one JSON line on stdout", async () => {
    const requestLines = () => output.split("\n").filter((l) => l.includes('"msg":"request"'));
    // the log line may reach this process's pipe after the response: wait for it, not for a time
    const lines = await vi.waitFor(
      () => {
        const found = requestLines();
        expect(found.length).toBeGreaterThanOrEqual(4);
        return found;
      },
      { timeout: 30_000, interval: 50 },
    );
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry).toMatchObject({
      method: "GET",
      path: "/healthz",
      status: 200,
      client: "127.0.0.1",
    });
  });

  it("on SIGTERM finishes the response in flight, then exits cleanly", async () => {
    const path = `${base}/v1/sources/tellerreport-2020-01-05/segments?format=ndjson`;
    const whole = await (await fetch(path)).text();
    // the headers are in, the body not yet read: the response is in flight when the signal lands
    const inFlight = await fetch(path);
    expect(inFlight.status).toBe(200);
    server.kill("SIGTERM");
    expect(await inFlight.text()).toBe(whole);
    const [code] = await once(server, "exit");
    expect(code).toBe(0);
    expect(output).toContain('"msg":"shutting down","signal":"SIGTERM"');
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    // the access log is written in batches: what was pending at the signal is written on exit
    const logged = () =>
      output.split("\n").filter((l) => l.includes('"msg":"request"') && l.includes("/segments"));
    await vi.waitFor(() => expect(logged().length).toBe(2), { timeout: 30_000, interval: 50 });
  });
});
