import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "api",
    include: ["src/**/*.test.ts"],
    environment: "node",
    // limits for a hang on a loaded 2-core machine (the property runs and the openapi lint are
    // long), not for speed: timings live in benchmarks
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
