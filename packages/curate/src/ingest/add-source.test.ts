import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkMessages, copyOfData } from "../test-support/data-copy.js";
import { addSource } from "./add-source.js";
import { IngestError, MAX_INPUT_BYTES } from "./extract.js";
import { newStory } from "./new-story.js";

const story = "iraq-parliament-foreign-forces-2020";
const page = `<!doctype html><html lang="en"><head>
<title>Parliament votes | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2020-01-06T09:00:00Z">
<link rel="canonical" href="https://news.example/parliament-votes">
</head><body><nav>Home | World</nav><article><h1>Parliament votes</h1>
<p>The speaker said on Monday that   the vote was binding.</p>
<p>Critics warned it would change nothing, and the ministry denied any pressure at all from abroad.</p>
</article><footer>© Example</footer></body></html>`;

let data: { dir: string; remove: () => Promise<void> };
beforeEach(async () => {
  data = await copyOfData();
});
afterEach(() => data.remove());

const bytes = (s: string) => new TextEncoder().encode(s);
async function listing(dir: string) {
  return (await readdir(dir, { recursive: true })).sort();
}

describe("adding a source", () => {
  it("extracts an article from a saved page, with what the page says of itself as known", async () => {
    const added = await addSource(data.dir, { story, id: "example-news-vote", bytes: bytes(page) });
    expect(added.text).toBe(
      "The speaker said on Monday that the vote was binding.\n\nCritics warned it would change nothing, and the ministry denied any pressure at all from abroad.\n",
    );
    const dir = join(data.dir, "stories", story, "sources");
    expect(await readFile(join(dir, "example-news-vote.txt"), "utf8")).toBe(added.text);
    const meta = parse(await readFile(join(dir, "example-news-vote.yaml"), "utf8"));
    expect(meta.publisher).toMatchObject({ status: "known", value: "Example News" });
    expect(meta.url).toMatchObject({
      status: "known",
      value: "https://news.example/parliament-votes",
    });
    expect(meta.published).toMatchObject({ status: "known", value: "2020-01-06" });
    expect(meta.language).toBe("en");
    // the <title> carries the site's name too: a likely title, not a known one
    expect(meta.title).toMatchObject({
      status: "likely",
      value: "Parliament votes | Example News",
    });
    expect(await readFile(join(dir, "example-news-vote.yaml"), "utf8")).toContain(added.sha256);
    const storyYaml = await readFile(join(data.dir, "stories", story, "story.yaml"), "utf8");
    expect(storyYaml).toContain(
      "  sources:\n    - tellerreport-2020-01-05\n    - cosmoschronicle-parliament-resolution\n    - example-news-vote\n",
    );
    // the only complaint is the one a curator fixes next: no record cites the new source yet
    expect((await checkMessages(data.dir)).join("\n")).toMatch(/example-news-vote/);
    expect(await checkMessages(data.dir)).toHaveLength(1);
  });

  it("records plain text byte for byte and invents nothing about it", async () => {
    const text = "Line one said “this”.\r\nLine two.  \n";
    const added = await addSource(data.dir, {
      story,
      id: "plain",
      bytes: bytes(text),
      language: "en",
    });
    expect(added.text).toBe(text);
    expect(added.meta.url).toEqual({ status: "unknown", note: "Plain text carries no address." });
    expect(added.meta.published).toMatchObject({ status: "unknown" });
  });

  it("refuses bad input with a clear reason and writes nothing", async () => {
    const before = await listing(data.dir);
    const storyBefore = await readFile(join(data.dir, "stories", story, "story.yaml"), "utf8");
    const cases: [Uint8Array, string, RegExp][] = [
      [bytes(""), "auto", /empty/],
      [bytes("  \n\t"), "auto", /whitespace/],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), "auto", /binary/],
      [new Uint8Array([0xff, 0xfe, 0x41]), "auto", /not UTF-8/],
      [new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61), "auto", /more than/],
      [bytes("just some words"), "html", /not HTML/],
      [bytes("<html><body><nav></nav></body></html>"), "html", /no article text/],
      [bytes("plain words, no language"), "text", /language/],
    ];
    for (const [input, format, reason] of cases) {
      const attempt = addSource(data.dir, {
        story,
        id: "bad",
        bytes: input,
        format: format as "auto",
      });
      await expect(attempt).rejects.toThrow(IngestError);
      await expect(attempt).rejects.toThrow(reason);
    }
    await expect(
      addSource(data.dir, { story, id: "tellerreport-2020-01-05", bytes: bytes(page) }),
    ).rejects.toThrow(/already exists/);
    await expect(
      addSource(data.dir, { story: "nope", id: "x", bytes: bytes(page) }),
    ).rejects.toThrow(/no story/);
    await expect(addSource(data.dir, { story, id: "Bad Id", bytes: bytes(page) })).rejects.toThrow(
      /no id/,
    );
    expect(await listing(data.dir)).toEqual(before);
    expect(await readFile(join(data.dir, "stories", story, "story.yaml"), "utf8")).toBe(
      storyBefore,
    );
  });

  it("starts a new story that takes its first source", async () => {
    await newStory(data.dir, {
      id: "a-new-story",
      title: "A new story",
      summary: "What happened.",
      start: "2020-01-01",
      end: "2020-01-02",
    });
    await addSource(data.dir, { story: "a-new-story", id: "first-report", bytes: bytes(page) });
    const storyYaml = parse(
      await readFile(join(data.dir, "stories", "a-new-story", "story.yaml"), "utf8"),
    );
    expect(storyYaml.story.sources).toEqual(["first-report"]);
    await expect(
      newStory(data.dir, {
        id: "a-new-story",
        title: "t",
        summary: "s",
        start: "2020-01-01",
        end: "2020-01-01",
      }),
    ).rejects.toThrow(/exists/);
  });
});
