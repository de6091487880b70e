import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "core",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // limits for a hang on a loaded 2-core machine, not for speed: timings live in benchmarks
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
