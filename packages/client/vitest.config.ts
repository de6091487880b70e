import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "client",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    // the tests start the real API and pack the package: seconds each, more on a busy machine
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
