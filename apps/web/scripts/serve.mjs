// starts the production build with `next start` on a free port, for the test and bench runners
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath, freePort, requireChromium } from "@dossier/playwright-config";

export const root = dirname(dirname(fileURLToPath(import.meta.url)));
export { chromiumPath };

/** Fails loudly, never skips, when Chromium or the build is missing. */
export function requireChromiumAndBuild(what) {
  requireChromium(what);
  if (!existsSync(join(root, ".next", "BUILD_ID"))) {
    console.error(
      `${what} run against the production build: run \`pnpm --filter @dossier/web build\` first.`,
    );
    process.exit(1);
  }
}

async function waitForServer(url, server, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs / 1000}s`);
}

/**
 * Serves the build (or the Next app in `dir`; `env` picks another build, see synthetic-build.mjs)
 * on 127.0.0.1 at a free port; call stop() when done.
 */
export async function startServer({ timeoutMs = 180_000, dir, env = {} } = {}) {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [join(root, "scripts", "start.mjs"), ...(dir ? [dir] : [])],
    {
      cwd: root,
      env: {
        ...process.env,
        ...env,
        HOST: "127.0.0.1",
        PORT: String(port),
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const stop = () => {
    if (server.exitCode === null) server.kill("SIGTERM");
  };
  process.on("exit", stop);
  try {
    await waitForServer(baseURL, server, timeoutMs);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseURL, stop };
}
