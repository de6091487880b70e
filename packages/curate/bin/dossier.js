#!/usr/bin/env node
// the curator's command; runs the built package (pnpm build), so its output is only its own
import { existsSync } from "node:fs";

const main = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(main)) {
  console.error("dossier: @dossier/curate is not built yet: run pnpm build first");
  process.exit(1);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
