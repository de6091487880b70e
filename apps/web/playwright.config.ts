import { defineConfig } from "@playwright/test";

// scripts/browser-tests.mjs starts the production server and passes its address
const baseURL = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  // CI's two cores may both be busy: one worker beside the server keeps each test's time predictable
  workers: ci ? 1 : 2,
  forbidOnly: ci,
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
