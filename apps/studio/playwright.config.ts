import { browserSuite } from "@dossier/playwright-config";
import { defineConfig } from "@playwright/test";

// scripts/browser-tests.mjs starts the built studio over a private copy of data/ and passes both
export default defineConfig(
  browserSuite({
    baseURL: process.env.BASE_URL ?? "http://127.0.0.1:3100",
    // the tests build on each other's records, one curator's session
    fullyParallel: false,
    workers: 1,
  }),
);
