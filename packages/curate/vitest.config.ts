import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "curate",
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
