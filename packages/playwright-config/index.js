// plain JavaScript, so Playwright configs and the Node scripts that start servers can both load it
import { existsSync } from "node:fs";
import { createServer } from "node:net";

/** Debian's Chromium, or the one CHROMIUM_PATH names; tests never download a browser of their own. */
export const chromiumPath =
  process.env.CHROMIUM_PATH || process.env.CHROME_PATH || "/usr/bin/chromium";

/** Exits with a message saying how to install Chromium when it is missing: browser tests never skip. */
export function requireChromium(what) {
  if (existsSync(chromiumPath)) return;
  console.error(
    `${what} need Chromium at ${chromiumPath} and it is missing.\n` +
      "Install Debian's package (apt-get install -y chromium) or point CHROMIUM_PATH at a Chromium binary.",
  );
  process.exit(1);
}

/** A TCP port on 127.0.0.1 nothing listens on now, for a server a test runner starts. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

/** Chromium's flags: no sandbox (CI runs as root), no GPU, and no network traffic of its own. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * A package's Playwright suite: its tests in e2e/, run in Debian's Chromium against the server at
 * `baseURL`, reported to the terminal and to reports/browser.json.
 */
export function browserSuite({ baseURL, fullyParallel, workers }) {
  return {
    testDir: "e2e",
    fullyParallel,
    workers,
    forbidOnly: Boolean(process.env.CI),
    retries: 0,
    reporter: [["list"], ["json", { outputFile: "reports/browser.json" }]],
    // limits for a hang, sized for a loaded machine; every wait is on a condition, never a timer
    timeout: 120_000,
    expect: { timeout: 20_000 },
    use: {
      baseURL,
      browserName: "chromium",
      actionTimeout: 30_000,
      navigationTimeout: 60_000,
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    },
  };
}
