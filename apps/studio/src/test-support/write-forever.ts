// A child process for the crash test: saves two big versions of one file in turn, forever, through
// the studio's store, announcing each write on stdout just before it starts.
import { readFile } from "node:fs/promises";
import { DataStore, versionOf } from "../store.js";

const [dataDir, path, fileA, fileB] = process.argv.slice(2) as [string, string, string, string];
const a = await readFile(fileA, "utf8");
const b = await readFile(fileB, "utf8");
const store = new DataStore(dataDir);
let current = (await store.read(path)).version;
for (let i = 0; ; i++) {
  const next = i % 2 === 0 ? a : b;
  process.stdout.write(`${i}\n`);
  current = await store.write(path, current, () => next);
  if (current !== versionOf(next)) throw new Error("wrote something else");
}
