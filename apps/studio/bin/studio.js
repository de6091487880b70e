#!/usr/bin/env node
// starts the built studio (pnpm build first): 127.0.0.1:3100, or STUDIO_PORT
import { existsSync } from "node:fs";

const server = new URL("../dist/server.js", import.meta.url);
if (!existsSync(server)) {
  console.error("studio: @dossier/studio is not built yet: run pnpm build first");
  process.exit(1);
}
await import(server.href);
