import { actorProfile, filterStories, placeProfile, storyFacets } from "@dossier/core";
import { expect, test } from "./fixtures";
import { dataset, story } from "./pages";

const facets = storyFacets(dataset);
const titles = (list: readonly { title: string }[]) => list.map((s) => s.title);

test("filter the story index by actor, words and period without JavaScript, then clear it", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // the actor in the fewest stories narrows the most
  const actor = facets.actors.at(-1)?.value;
  if (!actor) throw new Error("no actor appears in a story");
  const byActor = filterStories(dataset, { actor });

  await page.goto("/");
  const cards = page.locator(".story-list > li");
  await expect(cards).toHaveCount(Math.min(dataset.stories.length, 20));
  await page.getByLabel("Involving").selectOption(actor);
  await page.getByRole("button", { name: "Show stories" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]actor=${actor}`));
  await expect(page.getByRole("status")).toContainText(`${byActor.length} of`);
  expect(await cards.locator("h3").allTextContents()).toEqual(titles(byActor.slice(0, 20)));
  await expect(page.getByLabel("Involving")).toHaveValue(actor);

  // a word of the first story's title, and its period: the form keeps the actor chosen
  const first = byActor[0];
  if (!first) throw new Error("the actor's filter found no story");
  const word = first.title.split(/\s+/).sort((a, b) => b.length - a.length)[0] as string;
  await page.getByLabel("Words in the title or summary").fill(word);
  await page.getByLabel("From", { exact: true }).fill(first.period.start);
  await page.getByLabel("To", { exact: true }).fill(first.period.start);
  await page.getByRole("button", { name: "Show stories" }).click();
  const narrowed = filterStories(dataset, {
    actor,
    text: word,
    from: first.period.start,
    to: first.period.start,
  });
  expect(narrowed).toContain(first);
  expect(await cards.locator("h3").allTextContents()).toEqual(titles(narrowed.slice(0, 20)));

  // words no story has: an honest empty list, and a way back
  await page.getByLabel("Words in the title or summary").fill("qqqqzzzz");
  await page.getByRole("button", { name: "Show stories" }).click();
  expect(filterStories(dataset, { text: "qqqqzzzz" })).toEqual([]);
  await expect(page.getByText("No story matches these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(cards).toHaveCount(Math.min(dataset.stories.length, 20));
  await context.close();
});

test("the index's filter fields line up, and the longest choice of person fits its field on a desktop and a phone", async ({
  browser,
}) => {
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto("/");
    const form = page.getByRole("form", { name: "Filter the stories" });
    const boxes = await form.locator("input, select").evaluateAll((els) =>
      els.map((el) => {
        const b = el.getBoundingClientRect();
        return { id: el.id, top: Math.round(b.top), height: Math.round(b.height) };
      }),
    );
    // one height, and fields side by side share their top edge
    expect(new Set(boxes.map((b) => b.height)).size, `${width} px ${JSON.stringify(boxes)}`).toBe(
      1,
    );
    for (const a of boxes)
      for (const b of boxes)
        if (Math.abs(a.top - b.top) < a.height)
          expect(a.top, `${width} px: ${a.id} beside ${b.id}`).toBe(b.top);

    const actor = page.getByLabel("Involving");
    const options = await actor.locator("option").allTextContents();
    const longest = options.reduce((a, b) => (b.length > a.length ? b : a), "");
    await actor.selectOption({ label: longest });
    const [text, room] = await actor.evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const ctx = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const chosen = select.selectedOptions[0]?.text ?? "";
      // the room left of the drop-down arrow (about 20 px)
      const pad = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
      return [ctx.measureText(chosen).width, select.clientWidth - pad - 20];
    });
    // the longest choice shows whole, a long name cut at a word on a phone, where the field
    // takes the whole row
    expect(text, `${width} px: "${longest}"`).toBeLessThanOrEqual(room);
    if (width < 800)
      expect((await actor.boundingBox())?.width).toBe(
        (await page.getByLabel("Words in the title or summary").boundingBox())?.width,
      );
    await context.close();
  }
});

test("each story in the index shows its period, sources and counts, newest first", async ({
  page,
  consoleErrors,
}) => {
  await page.goto("/");
  const newest = filterStories(dataset).slice(0, 20);
  const cards = page.locator(".story-list > li");
  expect(await cards.locator("h3").allTextContents()).toEqual(titles(newest));
  const card = cards.filter({ has: page.getByRole("link", { name: story.title, exact: true }) });
  await expect(card).toContainText(/\d+ events? · \d+ statements? · from /);
  // a page past the end shows the last page rather than nothing
  await page.goto("/?page=999");
  await expect(cards.first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("an actor's page gathers what they said story by story, each statement linked", async ({
  page,
  consoleErrors,
}) => {
  const profile = dataset.actors
    .map((a) => actorProfile(dataset, a.id))
    .filter((p) => p !== undefined)
    .sort((a, b) => b.statements.length - a.statements.length)[0];
  if (!profile?.statements.length) throw new Error("no actor said anything");
  await page.goto(`/actors/${profile.actor.id}`);
  const said = page.getByRole("region", { name: `What ${profile.actor.name} said` });
  for (const { story: st, records } of profile.statementsByStory) {
    const group = said.getByRole("region", { name: st.title });
    await expect(group.getByRole("link", { name: st.title })).toHaveAttribute(
      "href",
      `/stories/${st.id}`,
    );
    await expect(group.locator(".card-list > li")).toHaveCount(records.length);
    for (const s of records)
      await expect(group.locator(`a[href="/statements/${s.id}"]`).first()).toBeVisible();
  }
  expect(consoleErrors).toEqual([]);
});

test("a place's page lists the events there and in the places within it, by story", async ({
  page,
  consoleErrors,
}) => {
  const profile = dataset.places
    .map((p) => placeProfile(dataset, p.id))
    .find((p) => p !== undefined && p.eventsByStory.length > 0);
  if (!profile) throw new Error("no place has an event");
  await page.goto(`/places/${profile.place.id}`);
  const region = page.getByRole("region", { name: "What happened here" });
  for (const { story: st, records } of profile.eventsByStory) {
    const group = region.getByRole("region", { name: st.title });
    for (const e of records)
      await expect(group.locator(`a[href="/events/${e.id}"]`).first()).toBeVisible();
  }
  expect(consoleErrors).toEqual([]);
});

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(body: Buffer): { width: number; height: number } {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test("stories, events and statements carry a share card of their own", async ({
  page,
  request,
}) => {
  // the first card a server draws loads its fonts and renderer: allow for a loaded machine
  test.slow();
  const statements = dataset.statements.slice(0, 2);
  const paths = [
    `/stories/${story.id}`,
    `/events/${dataset.events[0]?.id}`,
    ...statements.map((s) => `/statements/${s.id}`),
  ];
  const images = new Map<string, string>();
  for (const path of paths) {
    await page.goto(path);
    const url = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    expect(url, path).toContain(`${path}/opengraph-image`);
    const res = await request.get(new URL(url as string).pathname, { timeout: 120_000 });
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    const body = await res.body();
    expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
    images.set(path, body.toString("base64"));
    await expect(page.locator('meta[property="og:image:alt"]').first()).toHaveAttribute(
      "content",
      /.+/,
    );
  }
  // each card carries its own words, so two statements never share one
  expect(new Set(images.values()).size).toBe(paths.length);
  const unknown = await request.get("/statements/no-such-statement/opengraph-image", {
    timeout: 120_000,
  });
  expect(unknown.status()).toBe(404);
});
