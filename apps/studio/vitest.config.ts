import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "studio",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
    // child processes and whole-folder checks are slow on a busy machine; no test asserts a duration
    testTimeout: 60_000,
  },
});
