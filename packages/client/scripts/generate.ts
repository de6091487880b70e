import { writeFile } from "node:fs/promises";
import { startApi } from "../src/test-support/api-server.js";
import { GENERATED_PATH, typesFromDocument } from "./types.js";

// regenerates src/generated/openapi.ts from the document the built API serves
const api = await startApi();
try {
  const document = await (await fetch(`${api.url}/openapi.json`)).json();
  await writeFile(GENERATED_PATH, await typesFromDocument(document));
  console.log(`wrote ${GENERATED_PATH}`);
} finally {
  await api.stop();
}
