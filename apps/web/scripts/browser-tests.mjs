// runs the Playwright suite against the production build, served by `next start` on a free port,
// and the journeys the curated data cannot show against the reader built over a synthetic corpus
import { spawn } from "node:child_process";
import { join } from "node:path";
import { chromiumPath, requireChromiumAndBuild, root, startServer } from "./serve.mjs";
import {
  buildSyntheticReader,
  syntheticBuildIsStale,
  syntheticDatasetJson,
  syntheticEnv,
} from "./synthetic-build.mjs";

requireChromiumAndBuild("browser tests");
if (syntheticBuildIsStale()) {
  console.log("building the reader over a synthetic corpus (.next/synthetic)");
  const started = Date.now();
  buildSyntheticReader();
  console.log(`synthetic reader built in ${Math.round((Date.now() - started) / 1000)} s`);
}

let code = 1;
const stops = [];
const stop = () => {
  for (const s of stops) s();
};
process.on("SIGINT", () => {
  stop();
  process.exit(130);
});
try {
  const [server, synthetic] = await Promise.all([
    startServer(),
    startServer({ env: syntheticEnv }),
  ]);
  stops.push(server.stop, synthetic.stop);
  const cli = join(root, "node_modules", "@playwright", "test", "cli.js");
  const tests = spawn(process.execPath, [cli, "test", ...process.argv.slice(2)], {
    cwd: root,
    env: {
      ...process.env,
      BASE_URL: server.baseURL,
      SYNTHETIC_BASE_URL: synthetic.baseURL,
      SYNTHETIC_DATASET: syntheticDatasetJson,
      CHROMIUM_PATH: chromiumPath,
    },
    stdio: "inherit",
  });
  code = await new Promise((resolve) => tests.on("exit", (c) => resolve(c ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  stop();
}
process.exit(code);
