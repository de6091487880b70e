import { addRejection, rejectionOf } from "@dossier/curate";
import { Hono } from "hono";
import type { Env } from "../app.js";
import { readStory, reviewedFile } from "../context.js";
import { StaleWrite } from "../store.js";
import { sourceView, suggestionsFor } from "../suggestions.js";
import { Layout } from "../views/layout.js";
import { SourceText } from "../views/source-text.js";

export const sourceRoutes = new Hono<Env>()
  .get("/stories/:story/sources/:source", async (c) => {
    const { story, source } = c.req.param();
    const data = await readStory(c.get("store"), story);
    const view = sourceView(data, source);
    if (!view) return c.notFound();
    const { version } = await c.get("store").read(`stories/${story}/statements.yaml`);
    const base = `/stories/${story}/sources/${source}`;
    const saved = c.req.query("saved");
    return c.html(
      <Layout
        title={source}
        crumbs={[
          [`/stories/${story}`, story],
          [base, source],
        ]}
      >
        {saved && (
          <p class="notice" role="status">
            Saved {saved}.
          </p>
        )}
        <div class="workbench">
          <section aria-label="Text">
            <SourceText text={view.text} marks={view.marks} source={source} />
            <h2>Records citing this source</h2>
            <ul class="records">
              {[...new Set(view.marks.map((m) => m.record))].map((id) => (
                <li>
                  <a href={`${base}/statement?record=${id}`}>Edit {id}</a>
                </li>
              ))}
            </ul>
            <form id="selection" method="get" action={`${base}/statement`} class="selection" hidden>
              <input type="hidden" name="start" />
              <input type="hidden" name="end" />
              <input type="hidden" name="version" value={version} />
              <p>
                Selected: <q id="selected-words" />
              </p>
              <button type="submit">New statement from selection</button>{" "}
              <button type="submit" formaction={`${base}/actor`}>
                New actor from selection
              </button>{" "}
              <button type="submit" formaction={`${base}/event`}>
                New event from selection
              </button>
              <label>
                or add as evidence to
                <select name="attachTo">
                  {data.statements.map((s) => (
                    <option value={String(s.id)}>{String(s.id)}</option>
                  ))}
                </select>
              </label>
              <button type="submit" formmethod="post" formaction={`${base}/evidence`}>
                Add evidence
              </button>
            </form>
          </section>
          <section aria-label="Suggestions" class="suggestions">
            <h2>Suggestions ({view.pending.length})</h2>
            <ol>
              {view.pending.map(({ index, suggestion: s }) => (
                <li class="suggestion" data-index={index}>
                  <p>
                    <strong>{s.act}</strong> · {s.speaker.name ?? "no speaker"}
                    {s.speaker.name && !s.speaker.actor ? " (new actor?)" : ""} · {s.quotation},{" "}
                    {s.attribution}
                    {s.cue ? ` · “${s.cue}”` : ""}
                    {s.date ? ` · ${s.date.value} (“${s.date.words}”)` : ""}
                  </p>
                  <blockquote>{s.evidence.map((e) => e.quote).join(" … ")}</blockquote>
                  <a class="button" href={`${base}/statement?suggestion=${index}`}>
                    Accept
                  </a>
                  <form method="post" action={`${base}/suggestions/${index}/reject`} class="inline">
                    <button type="submit">Reject</button>
                  </form>
                </li>
              ))}
            </ol>
            <h2>Names in the text</h2>
            <ul class="names">
              {view.names.map((n) => (
                <li>
                  {n.text} <small>({n.kind})</small> →{" "}
                  {n.actor ?? (n.kind === "place" ? "a place" : "no known actor")}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </Layout>,
    );
  })
  .post("/stories/:story/sources/:source/suggestions/:index/reject", async (c) => {
    const { story, source, index } = c.req.param();
    const store = c.get("store");
    const data = await readStory(store, story);
    const s = suggestionsFor(data, source)[Number(index)];
    const text = data.sources.find((x) => x.id === source)?.text;
    if (!s || text === undefined) return c.notFound();
    const rejection = rejectionOf(source, text, s);
    // a rejection adds to the list whatever else is in it: read and write in one turn
    for (let tries = 0; ; tries++) {
      const { version } = await store.read(reviewedFile(story));
      try {
        await store.write(reviewedFile(story), version, (current) =>
          addRejection(current, rejection),
        );
        break;
      } catch (error) {
        if (!(error instanceof StaleWrite) || tries >= 3) throw error;
      }
    }
    return c.redirect(`/stories/${story}/sources/${source}`, 303);
  });
