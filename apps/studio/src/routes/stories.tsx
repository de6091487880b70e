import { compileDataset, formatDataError, readDataFolder } from "@dossier/core/compile";
import { addSource, IngestError, listStories, newStory } from "@dossier/curate";
import { Hono } from "hono";
import type { Env } from "../app.js";
import { readStory } from "../context.js";
import { dataDiff } from "../git-diff.js";
import { Layout, Messages } from "../views/layout.js";

/** The data check's messages that concern one story's files (all of them for the shared files). */
export async function storyChecks(dataDir: string, story: string): Promise<string[]> {
  const result = compileDataset(await readDataFolder(dataDir));
  if (result.ok) return [];
  return result.errors
    .filter((e) => e.file.startsWith(`stories/${story}/`) || !e.file.startsWith("stories/"))
    .map(formatDataError);
}

export const storyRoutes = new Hono<Env>()
  .get("/", async (c) => {
    const stories = await listStories(c.get("store").root);
    return c.html(
      <Layout title="Stories">
        <ul class="stories">
          {stories.map((s) => (
            <li>
              <a href={`/stories/${s}`}>{s}</a>
            </li>
          ))}
        </ul>
        <form method="post" action="/stories" class="new-story">
          <h2>New story</h2>
          <label>
            Id <input name="id" required />
          </label>
          <label>
            Title <input name="title" required />
          </label>
          <label>
            Summary <textarea name="summary" required />
          </label>
          <label>
            From <input name="start" type="date" required />
          </label>
          <label>
            To <input name="end" type="date" required />
          </label>
          <button type="submit">Create story</button>
        </form>
      </Layout>,
    );
  })
  .post("/stories", async (c) => {
    const f = await c.req.parseBody();
    const get = (k: string) => String(f[k] ?? "");
    try {
      await newStory(c.get("store").root, {
        id: get("id"),
        title: get("title"),
        summary: get("summary"),
        start: get("start"),
        end: get("end"),
      });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      return c.html(
        <Layout title="Story not created">
          <Messages kind="error" items={[error.message]} />
          <a href="/">Back</a>
        </Layout>,
        422,
      );
    }
    return c.redirect(`/stories/${get("id")}`, 303);
  })
  .get("/stories/:story", async (c) => {
    const story = c.req.param("story");
    const store = c.get("store");
    if (!(await listStories(store.root)).includes(story)) return c.notFound();
    const data = await readStory(store, story);
    const checks = await storyChecks(store.root, story);
    const notice = c.req.query("added") ? [`Added source ${c.req.query("added")}.`] : [];
    return c.html(
      <Layout title={story} crumbs={[[`/stories/${story}`, story]]}>
        <Messages kind="notice" items={notice} />
        <h2>Sources</h2>
        <ul class="sources">
          {data.sources.map((s) => (
            <li>
              <a href={`/stories/${story}/sources/${s.id}`}>{s.id}</a>
            </li>
          ))}
        </ul>
        <form
          method="post"
          action={`/stories/${story}/sources`}
          enctype="multipart/form-data"
          class="add-source"
        >
          <h2>Add a source</h2>
          <label>
            Id <input name="id" required placeholder="outlet-2020-01-05" />
          </label>
          <label>
            File (a saved web page, or plain text) <input name="file" type="file" required />
          </label>
          <label>
            It is{" "}
            <select name="format">
              <option value="auto">detect</option>
              <option value="html">HTML</option>
              <option value="text">plain text</option>
            </select>
          </label>
          <label>
            Language <input name="language" placeholder="en (if the page does not say)" />
          </label>
          <label>
            Published <input name="published" type="date" />
          </label>
          <label>
            Publisher <input name="publisher" />
          </label>
          <label>
            Address <input name="url" type="url" />
          </label>
          <button type="submit">Add source</button>
        </form>
        <h2>Checks</h2>
        {checks.length ? (
          <Messages kind="error" items={checks} />
        ) : (
          <p class="ok">The data check passes.</p>
        )}
        <p>
          <a href={`/stories/${story}/diff`}>Changes since the last commit</a>
        </p>
      </Layout>,
    );
  })
  .post("/stories/:story/sources", async (c) => {
    const story = c.req.param("story");
    const f = await c.req.parseBody();
    const file = f.file;
    const opt = (k: string) => (typeof f[k] === "string" && f[k] ? { [k]: f[k] as string } : {});
    try {
      if (!(file instanceof File)) throw new IngestError("choose a file to add");
      await addSource(c.get("store").root, {
        story,
        id: String(f.id ?? ""),
        bytes: new Uint8Array(await file.arrayBuffer()),
        format: String(f.format ?? "auto") as "auto",
        ...opt("language"),
        ...opt("published"),
        ...opt("publisher"),
        ...opt("url"),
      });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      return c.html(
        <Layout title="Source not added" crumbs={[[`/stories/${story}`, story]]}>
          <Messages kind="error" items={[error.message]} />
          <a href={`/stories/${story}`}>Back</a>
        </Layout>,
        422,
      );
    }
    return c.redirect(`/stories/${story}/sources/${String(f.id)}`, 303);
  })
  .get("/stories/:story/diff", async (c) => {
    const story = c.req.param("story");
    const diff = await dataDiff(c.get("store").root);
    return c.html(
      <Layout title="Changes since the last commit" crumbs={[[`/stories/${story}`, story]]}>
        <pre class="diff" data-testid="diff">
          {diff}
        </pre>
      </Layout>,
    );
  });
