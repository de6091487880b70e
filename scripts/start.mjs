#!/usr/bin/env node
// Serves the product: the API on 127.0.0.1:8787 and the reader on 127.0.0.1:3000, after a build.
// API_PORT and WEB_PORT (or PORT for the reader) and HOST override; Ctrl-C or SIGTERM stops both.
import { spawn } from "node:child_process";

const host = process.env.HOST ?? "127.0.0.1";
const apiPort = process.env.API_PORT ?? "8787";
const webPort = process.env.WEB_PORT ?? process.env.PORT ?? "3000";
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", NEXT_TELEMETRY_DISABLED: "1" };

const run = (args, extra = {}) =>
  spawn("pnpm", args, { stdio: "inherit", env: { ...env, ...extra } });

const build = run([
  "exec",
  "turbo",
  "run",
  "build",
  "--filter=@dossier/api",
  "--filter=@dossier/web",
]);
build.on("exit", (code) => {
  if (code !== 0) process.exit(code ?? 1);
  // node itself, not `pnpm start`: pnpm does not pass SIGTERM on, and would leave a server running
  const serve = (dir, script, port) =>
    spawn(process.execPath, [script], {
      cwd: new URL(`../apps/${dir}/`, import.meta.url),
      stdio: "inherit",
      env: { ...env, HOST: host, PORT: port },
    });
  const children = [
    serve("api", "dist/server.js", apiPort),
    serve("web", "scripts/start.mjs", webPort),
  ];
  console.log(
    `\nDossier API    http://${host}:${apiPort}/v1  (docs: /docs)\nDossier reader http://${host}:${webPort}/\n`,
  );
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  let left = children.length;
  for (const child of children) {
    child.on("exit", (code) => {
      stop("SIGTERM");
      if (--left === 0) process.exit(code ?? 0);
    });
  }
});
