export * from "./queries/index.js";
export * from "./schemas/index.js";
