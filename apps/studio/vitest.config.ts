import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "studio",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
    environment: "node",
    // child processes and whole-folder checks are slow on a busy machine; no test asserts a duration
    testTimeout: 60_000,
    // each test's private data copy (a copy, git init and a commit) can take seconds under load
    hookTimeout: 60_000,
  },
});
