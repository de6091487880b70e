import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "curate",
    include: ["src/**/*.test.ts"],
    environment: "node",
    // property runs and child processes are slow on a busy machine; no test asserts a duration
    testTimeout: 60_000,
  },
});
