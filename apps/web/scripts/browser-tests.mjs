// runs the Playwright suite against the production build, served by `next start` on a free port
import { spawn } from "node:child_process";
import { join } from "node:path";
import { chromiumPath, requireChromiumAndBuild, root, startServer } from "./serve.mjs";

requireChromiumAndBuild("browser tests");

let code = 1;
let stop = () => {};
process.on("SIGINT", () => {
  stop();
  process.exit(130);
});
try {
  const server = await startServer();
  stop = server.stop;
  const cli = join(root, "node_modules", "@playwright", "test", "cli.js");
  const tests = spawn(process.execPath, [cli, "test", ...process.argv.slice(2)], {
    cwd: root,
    env: { ...process.env, BASE_URL: server.baseURL, CHROMIUM_PATH: chromiumPath },
    stdio: "inherit",
  });
  code = await new Promise((resolve) => tests.on("exit", (c) => resolve(c ?? 1)));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  stop();
}
process.exit(code);
