import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface RunningApi {
  /** http://127.0.0.1:<port>, the port free when the server took it */
  url: string;
  stop(): Promise<void>;
}

/** the real Dossier API (@dossier/api's built server) on a free port of 127.0.0.1 */
export async function startApi(env: Record<string, string> = {}): Promise<RunningApi> {
  const server = join(dirname(fileURLToPath(import.meta.resolve("@dossier/api"))), "server.js");
  const child: ChildProcess = spawn(process.execPath, [server], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ACCESS_LOG: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the API exited with ${code}: ${output}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk;
      const match = /"msg":"listening","url":"([^"]+)"/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}
