import { findDataDir, removeStaleTemporaries } from "@dossier/curate";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";

// loopback only: the studio writes files and has no login
const hostname = "127.0.0.1";
const port = Number(process.env.STUDIO_PORT ?? 3100);
const dataDir = findDataDir(process.env.INIT_CWD);

await removeStaleTemporaries(dataDir);
let bound = port;
const app = createApp({ dataDir, port: () => bound });
const server = serve({ fetch: app.fetch, hostname, port }, (info) => {
  bound = info.port;
  console.log(`Dossier studio on http://${hostname}:${info.port} over ${dataDir}`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
