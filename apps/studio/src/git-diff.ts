import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * The data folder's changes since the last commit, as a reviewer will see them: `git diff` for
 * tracked files, and new files in full. Read-only: the studio never stages or commits.
 */
export async function dataDiff(dataDir: string): Promise<string> {
  const git = (...args: string[]) =>
    run("git", ["-C", dataDir, ...args], { maxBuffer: 16 * 1024 * 1024 });
  try {
    const tracked = await git("diff", "--no-color", "--relative", "--", ".");
    const { stdout: untracked } = await git(
      "ls-files",
      "--others",
      "--exclude-standard",
      "--",
      ".",
    );
    const added: string[] = [];
    for (const file of untracked.split("\n").filter(Boolean)) {
      // --no-index exits 1 when the files differ, which they always do here
      const diff = await git("diff", "--no-color", "--no-index", "--", "/dev/null", file).catch(
        (e: { stdout?: string }) => ({ stdout: e.stdout ?? "" }),
      );
      added.push(diff.stdout);
    }
    return (
      [tracked.stdout, ...added].filter(Boolean).join("\n") || "No changes since the last commit."
    );
  } catch {
    return "The data folder is not in a git repository, so there is no diff to show.";
  }
}
