import { defineConfig } from "@playwright/test";

// scripts/browser-tests.mjs starts the built studio over a private copy of data/ and passes both
export default defineConfig({
  testDir: "e2e",
  // the tests build on each other's records, one curator's session
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "reports/browser.json" }]],
  // limits for a hang, sized for a loaded machine; every wait is on a condition, never a timer
  timeout: 120_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3100",
    browserName: "chromium",
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
});
