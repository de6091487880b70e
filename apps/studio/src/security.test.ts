import { mkdir, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataStore, PathRefused } from "./store.js";
import { ORIGIN, STORY, studio } from "./test-support/studio.js";

let s: Awaited<ReturnType<typeof studio>>;
beforeEach(async () => {
  s = await studio();
});
afterEach(() => s.remove());

const newStory = {
  id: "csrf-story",
  title: "T",
  summary: "S",
  start: "2020-01-01",
  end: "2020-01-02",
};

describe("writes from elsewhere", () => {
  it("refuses a form posted from another site, or with no origin at all, and writes nothing", async () => {
    const attempts = [
      { origin: "http://evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
      { origin: "http://127.0.0.1:3101" },
      {},
    ];
    for (const headers of attempts) {
      const res = await s.post("/stories", newStory, headers);
      expect(res.status).toBe(403);
    }
    expect(await readdir(join(s.dataDir, "stories"))).toEqual([STORY]);
  });

  it("accepts the same form from the studio's own page", async () => {
    expect((await s.post("/stories", newStory, { origin: ORIGIN })).status).toBe(303);
    expect(
      (await s.post("/stories", { ...newStory, id: "b" }, { "sec-fetch-site": "same-origin" }))
        .status,
    ).toBe(303);
  });

  it("answers only to its loopback names, so another site cannot rebind its name to it", async () => {
    const res = await s.app.request(`${ORIGIN}/`, { headers: { host: "evil.example:3100" } });
    expect(res.status).toBe(421);
  });
});

describe("paths", () => {
  it("never resolves a path outside the data folder, through .. or a link", async () => {
    const store = new DataStore(s.dataDir);
    const outside = await mkdir(join(tmpdir(), `outside-${process.pid}`), { recursive: true }).then(
      () => join(tmpdir(), `outside-${process.pid}`),
    );
    await symlink(outside, join(s.dataDir, "stories", "link"));
    for (const path of [
      "../x.yaml",
      "/etc/passwd.yaml",
      "stories/../../x.yaml",
      "stories/link/x.yaml",
      "stories/link/new/deep.yaml",
      "actors.json",
      "a\0.yaml",
      "",
    ]) {
      expect(() => store.resolve(path), path).toThrow(PathRefused);
    }
    expect(store.resolve("stories/s/statements.yaml")).toBe(
      join(store.root, "stories/s/statements.yaml"),
    );
    await rm(outside, { recursive: true, force: true });
  });

  it("treats a story or source that is no id as no page, before touching a file", async () => {
    for (const path of [
      "/stories/..%2F..%2Fetc/sources",
      "/stories/Bad/sources/x/statement",
      `/stories/${STORY}/sources/..%2Fstory/statement`,
    ]) {
      const res = await s.post(path, { id: "x" });
      expect(res.status, path).toBe(404);
    }
    await writeFile(join(s.dir, "story.yaml"), "story: {}\n");
    expect((await s.post("/stories/..%2F..%2F/sources", { id: "x" })).status).toBe(404);
  });
});
