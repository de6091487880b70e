import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "api",
    include: ["src/**/*.test.ts"],
    environment: "node",
    // the openapi lint spawns a cli and the property runs are long
    testTimeout: 60_000,
  },
});
