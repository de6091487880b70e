// runs the Playwright suite against the production build, served by `next start` on a free port
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

if (!existsSync(chromium)) {
  console.error(
    `browser tests need Chromium at ${chromium} and it is missing.\n` +
      "Install Debian's package (apt-get install -y chromium) or point CHROMIUM_PATH at a Chromium binary.",
  );
  process.exit(1);
}
if (!existsSync(join(root, ".next", "BUILD_ID"))) {
  console.error(
    "browser tests run against the production build: run `pnpm --filter @dossier/web build` first.",
  );
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function waitForServer(url, server, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs / 1000}s`);
}

const port = await freePort();
const baseURL = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [join(root, "scripts", "start.mjs")], {
  cwd: root,
  env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => {
  if (server.exitCode === null) server.kill("SIGTERM");
};
process.on("SIGINT", () => {
  stop();
  process.exit(130);
});

let code = 1;
try {
  await waitForServer(baseURL, server);
  const cli = join(root, "node_modules", "@playwright", "test", "cli.js");
  const tests = spawn(process.execPath, [cli, "test", ...process.argv.slice(2)], {
    cwd: root,
    env: { ...process.env, BASE_URL: baseURL, CHROMIUM_PATH: chromium },
    stdio: "inherit",
  });
  code = await new Promise((resolve) => tests.on("exit", (c) => resolve(c ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  stop();
}
process.exit(code);
