import { readFile } from "node:fs/promises";
import { MAX_INPUT_BYTES } from "@dossier/curate";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { guard } from "./csrf.js";
import { recordRoutes } from "./routes/records.js";
import { sourceRoutes } from "./routes/source.js";
import { statementRoutes } from "./routes/statements.js";
import { storyRoutes } from "./routes/stories.js";
import { DataStore } from "./store.js";

export interface StudioOptions {
  /** the data folder the studio reads and writes, and nothing outside it */
  dataDir: string;
  /** the port the studio listens on, for its own origin; 0 until known */
  port: () => number;
}

export type Env = { Variables: { store: DataStore } };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ASSETS: Record<string, string> = {
  "studio.css": "text/css; charset=utf-8",
  "studio.js": "text/javascript; charset=utf-8",
};

/** The studio's app; `server.ts` listens, tests call `app.request` with no socket. */
export function createApp(options: StudioOptions) {
  const store = new DataStore(options.dataDir);
  const hosts = () => [`127.0.0.1:${options.port()}`, `localhost:${options.port()}`];
  const app = new Hono<Env>();
  app.use("*", guard(hosts));
  // a source may be up to MAX_INPUT_BYTES; a form, far less: more is a mistake or an attack
  app.use(
    "*",
    bodyLimit({ maxSize: MAX_INPUT_BYTES + 64 * 1024, onError: (c) => c.text("too large", 413) }),
  );
  app.use("*", async (c, next) => {
    c.set("store", store);
    await next();
    c.header("X-Frame-Options", "DENY");
    c.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
  });
  // ids name files: anything else in a story's or a source's place is no page of the studio
  app.use("/stories/*", async (c, next) => {
    const [, , story, kind, source] = c.req.path.split("/");
    const ids = [story, kind === "sources" ? source : undefined].filter((p) => p !== undefined);
    if (!ids.every((p) => ID.test(decodeURIComponent(p)))) return c.notFound();
    await next();
  });
  app.get("/assets/:name", async (c) => {
    const type = ASSETS[c.req.param("name")];
    if (!type) return c.notFound();
    const body = await readFile(
      new URL(`../public/${c.req.param("name")}`, import.meta.url),
      "utf8",
    );
    return c.body(body, 200, { "Content-Type": type });
  });
  app.route("/", storyRoutes);
  app.route("/", sourceRoutes);
  app.route("/", statementRoutes);
  app.route("/", recordRoutes);
  return app;
}
