import { filterEvents, filterStatements, recordEvidence, sourceSides } from "@dossier/core";
import { expect, test } from "./fixtures";
import { dataset, story } from "./pages";

test("story → event → its evidence highlighted in the source → back", async ({
  page,
  consoleErrors,
}) => {
  const event = filterEvents(dataset, { story: story.id }).find(
    (e) => recordEvidence(e).length > 0,
  );
  if (!event) throw new Error("no event with evidence");
  const evidence = recordEvidence(event)[0];
  if (!evidence) throw new Error("no evidence");

  await page.goto(`/stories/${story.id}`);
  await page.getByRole("link", { name: event.title, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);

  const column = page
    .getByRole("group", { name: /^Evidence from / })
    .filter({ hasText: evidence.quote })
    .first();
  await expect(
    column.getByRole("blockquote").filter({ hasText: evidence.quote }).first(),
  ).toBeVisible();
  await column
    .getByRole("link", { name: /Read in the source/ })
    .first()
    .click();

  await expect(page).toHaveURL(new RegExp(`/sources/${evidence.source}#${event.id}$`));
  const anchor = page.locator(`[id="${event.id}"]`);
  expect(await anchor.evaluate((el) => el.matches(":target"))).toBe(true);
  const lit = page.locator(`.source-text [data-r~="${event.id}"]`);
  const litText = (await lit.allTextContents()).join("");
  expect(litText.replace(/\s+/g, " ")).toContain(evidence.quote.replace(/\s+/g, " ").slice(0, 40));
  const background = await lit.first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const targetColour = await page.evaluate(() => {
    const probe = document.createElement("span");
    probe.style.background = "var(--target-bg)";
    document.body.append(probe);
    const c = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return c;
  });
  expect(background).toBe(targetColour);
  await expect(lit.first()).toBeInViewport();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
  expect(consoleErrors).toEqual([]);
});

test("filter statements by speaker, with the form, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const speakerId = "muqtada-al-sadr";
  const speaker =
    dataset.actors.find((a) => a.id === speakerId) ??
    dataset.actors.find((a) => filterStatements(dataset, { speaker: a.id }).length > 1);
  if (!speaker) throw new Error("no speaker with statements");
  const expected = filterStatements(dataset, { story: story.id, speaker: speaker.id });

  await page.goto(`/stories/${story.id}/timeline`);
  await page.getByLabel("Said by").selectOption(speaker.id);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`speaker=${speaker.id}`));
  const items = page.locator(".timeline > li");
  await expect(items).toHaveCount(expected.length);
  // the list's own links: the chart above it links to the same records
  for (const s of expected)
    await expect(
      items.getByRole("link", {
        name: new RegExp(s.gist.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
      }),
    ).toBeVisible();
  await expect(page.locator(".timeline .card--event")).toHaveCount(0);
  await expect(page.getByRole("status")).toContainText(`${expected.length} of`);
  await context.close();
});

test("filter statements by speaker with JavaScript: choosing a speaker updates the list", async ({
  page,
  consoleErrors,
}) => {
  const expected = filterStatements(dataset, { story: story.id, speaker: "adil-abdul-mahdi" });
  await page.goto(`/stories/${story.id}/timeline`);
  // choosing submits only once the enhancement has hydrated; before that the Apply button does it
  await expect(page.locator('form[data-enhanced="true"]')).toHaveCount(1);
  await page.getByLabel("Said by").selectOption("adil-abdul-mahdi");
  await expect(page).toHaveURL(/speaker=adil-abdul-mahdi/);
  await expect(page.locator(".timeline > li")).toHaveCount(expected.length);
  expect(consoleErrors).toEqual([]);
});

test("filter the timeline by event type without JavaScript: only events of that type remain, dated", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const expected = filterEvents(dataset, { story: story.id, type: ["airstrike"] });
  expect(expected.length).toBeGreaterThan(1);

  await page.goto(`/stories/${story.id}/timeline`);
  await page.getByLabel("Event type").selectOption("airstrike");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/type=airstrike/);
  const items = page.locator(".timeline > li");
  await expect(items).toHaveCount(expected.length);
  for (const e of expected)
    await expect(items.getByRole("link", { name: e.title, exact: true })).toBeVisible();
  await expect(page.locator(".timeline .card--statement")).toHaveCount(0);
  await expect(items.first()).toContainText("29 Dec 2019");
  await context.close();
});

test("the compare view shows a discrepancy with both sides' evidence", async ({
  page,
  consoleErrors,
}) => {
  const [a, b] = story.sources;
  const discrepancy = dataset.discrepancies.find(
    (d) =>
      d.story === story.id &&
      sourceSides(d).length === 2 &&
      sourceSides(d).every((s) => s.evidence.length > 0),
  );
  if (!discrepancy || !a || !b) throw new Error("no two-sided discrepancy");
  await page.goto(`/stories/${story.id}/compare?a=${a}&b=${b}`);
  // the disagreements lead the page as one line each; the reader follows the one they want
  await page
    .getByRole("region", { name: "Where they disagree" })
    .getByRole("link", { name: discrepancy.title, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`open=${discrepancy.id}`));
  const block = page.locator(`[id="${discrepancy.id}"]`);
  await expect(block.getByRole("heading", { name: discrepancy.title })).toBeVisible();
  for (const side of sourceSides(discrepancy)) {
    const column = block
      .getByRole("group", { name: /^What .+ says$/ })
      .filter({ hasText: side.says });
    await expect(column).toHaveCount(1);
    for (const e of side.evidence)
      await expect(
        column.getByRole("blockquote").filter({ hasText: e.quote }).first(),
      ).toBeVisible();
    await expect(column.getByRole("link", { name: /Read in the source/ }).first()).toHaveAttribute(
      "href",
      `/sources/${side.source}#${discrepancy.id}`,
    );
  }
  expect(consoleErrors).toEqual([]);
});

test("search finds a statement by a word of its quote", async ({ page, consoleErrors }) => {
  const statement =
    dataset.statements.find((s) => s.id === "st-sadr-resistance-regiments") ??
    dataset.statements[0];
  const word = statement
    ? recordEvidence(statement)[0]
        ?.quote.split(/\W+/)
        .sort((x, y) => y.length - x.length)[0]
    : undefined;
  if (!statement || !word) throw new Error("no statement quote");
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search all records" }).fill(word);
  await page.getByRole("searchbox", { name: "Search all records" }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
  const group = page.getByRole("region", { name: "Statements" });
  await expect(group.locator(`a[href="/statements/${statement.id}"]`)).toBeVisible();
  await expect(group.locator("mark").first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("an unknown id gives the 404 page", async ({ page }) => {
  for (const path of [
    "/events/no-such-event",
    "/statements/nope",
    "/actors/nobody",
    "/sources/nothing",
    "/stories/nowhere/timeline",
    "/no/such/page",
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "There is no record at this address",
    );
    await expect(page.getByRole("searchbox", { name: "Search the records instead" })).toBeVisible();
  }
});
