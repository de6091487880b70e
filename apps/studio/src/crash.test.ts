import { spawn } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileDataset, readDataFolder } from "@dossier/core/compile";
import { removeStaleTemporaries } from "@dossier/curate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STORY, studio } from "./test-support/studio.js";

let s: Awaited<ReturnType<typeof studio>>;
beforeEach(async () => {
  s = await studio();
});
afterEach(() => s.remove());

const child = fileURLToPath(new URL("./test-support/write-forever.ts", import.meta.url));

/** Starts the writer, kills it with SIGKILL as its nth write begins, and waits for it to die. */
function killDuringWrite(args: string[], nth: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--import", "tsx", child, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let lines = 0;
    p.stdout.on("data", (chunk: Buffer) => {
      lines += chunk.toString().split("\n").filter(Boolean).length;
      if (lines >= nth) p.kill("SIGKILL");
    });
    p.on("exit", (code, signal) =>
      signal === "SIGKILL" ? resolve() : reject(new Error(`writer ended: ${code}`)),
    );
  });
}

describe("a save killed at any instant", () => {
  it("leaves the file as it was or as it should be, never torn, and the data still reads", async () => {
    const path = `stories/${STORY}/statements.yaml`;
    const full = join(s.dataDir, path);
    const original = await readFile(full, "utf8");
    // big versions, so a kill often lands mid-write; each is a whole, valid file
    const a = `${original}${"# padding line for version a\n".repeat(10_000)}`;
    const b = `${original}${"# padding line for version b\n".repeat(15_000)}`;
    const whole = new Set([original, a, b]);
    await writeFile(join(s.dir, "a.src"), a);
    await writeFile(join(s.dir, "b.src"), b);
    for (let nth = 1; nth <= 6; nth++) {
      await killDuringWrite([s.dataDir, path, join(s.dir, "a.src"), join(s.dir, "b.src")], nth);
      const after = await readFile(full, "utf8");
      expect(
        whole.has(after),
        `after a kill at write ${nth} the file is ${after.length} chars`,
      ).toBe(true);
    }
    // what a killed write leaves is a dot-file the data reader skips, and the studio sweeps away
    expect(compileDataset(await readDataFolder(s.dataDir)).ok).toBe(true);
    await removeStaleTemporaries(s.dataDir);
    const left = await readdir(join(s.dataDir, "stories", STORY));
    expect(left.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    await writeFile(full, original);
  }, 300_000);
});
