// runs the Playwright suite against the built studio, served over a private copy of data/
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath, freePort, requireChromium } from "@dossier/playwright-config";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

// fails loudly, never skips, when Chromium or the build is missing
requireChromium("browser tests");
if (!existsSync(join(root, "dist", "server.js"))) {
  console.error(
    "browser tests run against the build: run `pnpm --filter @dossier/studio build` first",
  );
  process.exit(1);
}

// a committed copy, so the studio's diff shows exactly what the tests changed
const work = await mkdtemp(join(tmpdir(), "dossier-studio-e2e-"));
const dataDir = join(work, "data");
await cp(join(root, "..", "..", "data"), dataDir, { recursive: true });
const git = (...args) => execFileSync("git", ["-C", work, ...args], { stdio: "ignore" });
git("init", "-q");
git("add", "-A");
git("-c", "user.email=studio@test", "-c", "user.name=studio", "commit", "-qm", "data");

const port = await freePort();
const baseURL = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, [join(root, "dist", "server.js")], {
  env: { ...process.env, DOSSIER_DATA: dataDir, STUDIO_PORT: String(port) },
  stdio: ["ignore", "ignore", "inherit"],
});
const stop = () => server.exitCode === null && server.kill("SIGTERM");
process.on("exit", stop);

let code = 1;
try {
  for (let ready = false; !ready; ) {
    if (server.exitCode !== null) throw new Error(`the studio exited with code ${server.exitCode}`);
    ready = await fetch(baseURL).then(
      (r) => r.ok,
      () => false,
    );
    if (!ready) await new Promise((r) => setTimeout(r, 250));
  }
  const cli = join(root, "node_modules", "@playwright", "test", "cli.js");
  const tests = spawn(process.execPath, [cli, "test", ...process.argv.slice(2)], {
    cwd: root,
    env: { ...process.env, BASE_URL: baseURL, DATA_DIR: dataDir, CHROMIUM_PATH: chromiumPath },
    stdio: "inherit",
  });
  code = await new Promise((resolve) => tests.on("exit", (c) => resolve(c ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  stop();
  await rm(work, { recursive: true, force: true });
}
process.exit(code);
