import { browserSuite } from "@dossier/playwright-config";
import { defineConfig } from "@playwright/test";

// scripts/browser-tests.mjs starts the production server and passes its address
export default defineConfig(
  browserSuite({
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3000",
    fullyParallel: true,
    // CI's two cores may both be busy: one worker beside the server keeps each test's time predictable
    workers: process.env.CI ? 1 : 2,
  }),
);
