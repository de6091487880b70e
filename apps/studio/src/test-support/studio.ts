import { execFileSync } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "../app.js";

export const REPO_DATA = fileURLToPath(new URL("../../../../data", import.meta.url));
export const STORY = "iraq-parliament-foreign-forces-2020";
/** One of the curated story's sources, and its page, where the tests select words and save. */
export const SOURCE = "cosmoschronicle-parliament-resolution";
export const SOURCE_PAGE = `/stories/${STORY}/sources/${SOURCE}`;
export const PORT = 3100;
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** A studio over a private, committed copy of the repository's data. */
export async function studio() {
  const dir = await mkdtemp(join(tmpdir(), "dossier-studio-"));
  const dataDir = join(dir, "data");
  await cp(REPO_DATA, dataDir, { recursive: true });
  const git = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { stdio: "pipe" });
  git("init", "-q");
  git("add", "-A");
  git("-c", "user.email=studio@test", "-c", "user.name=studio", "commit", "-qm", "data");
  const app = createApp({ dataDir, port: () => PORT });
  return {
    dir,
    dataDir,
    app,
    remove: () => rm(dir, { recursive: true, force: true }),
    get: (path: string) =>
      app.request(`${ORIGIN}${path}`, { headers: { host: `127.0.0.1:${PORT}` } }),
    /** a form post from the studio's own page, as a browser sends it */
    post: (
      path: string,
      form: Record<string, string | string[]>,
      headers: Record<string, string> = { origin: ORIGIN },
    ) => {
      const body = new URLSearchParams();
      for (const [k, v] of Object.entries(form))
        for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
      return app.request(`${ORIGIN}${path}`, {
        method: "POST",
        body,
        headers: {
          host: `127.0.0.1:${PORT}`,
          "content-type": "application/x-www-form-urlencoded",
          ...headers,
        },
      });
    },
  };
}

/** The hidden version field of a form page. */
export function versionIn(html: string): string {
  return /name="version" value="([0-9a-f]{64})"/.exec(html)?.[1] ?? "";
}
