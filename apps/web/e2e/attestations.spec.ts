import { getActor, getSource } from "@dossier/core";
import { QUOTATION_LABEL } from "../src/lib/labels";
import { expect, test } from "./fixtures";
import { dataset, story } from "./pages";

// a source's column is named by its outlet, as the page names it
const outlet = (id: string) => {
  const source = getSource(dataset, id);
  return source?.publisher.status === "unknown" || !source ? id : source.publisher.value;
};
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("a statement page shows two sources' renderings side by side, each with its quotation and cue", async ({
  page,
  consoleErrors,
}) => {
  const twoSources = dataset.statements.filter(
    (s) => s.story === story.id && s.attestations.length >= 2,
  );
  // a claim whose sources give their cues, where the data has one
  const statement = twoSources.find((s) => s.attestations.some((a) => a.cue)) ?? twoSources[0];
  if (!statement) throw new Error("no statement carried by two sources");

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/statements/${statement.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(statement.gist);

  const boxes = [];
  for (const a of statement.attestations) {
    const column = page.getByRole("group", { name: `Evidence from ${outlet(a.source)}` });
    await expect(column).toHaveCount(1);
    await expect(column.getByRole("definition").first()).toHaveText(QUOTATION_LABEL[a.quotation]);
    const cue = column.getByRole("term").filter({ hasText: /^Cue$/ });
    await expect(cue).toHaveCount(1);
    await expect(column).toContainText(
      new RegExp(
        `Cue\\s*${a.cue ? `“?${escapeRegExp(a.cue.quote)}` : "no reporting cue recorded"}`,
      ),
    );
    if (a.speakerName) await expect(column).toContainText(a.speakerName.quote);
    for (const e of a.evidence)
      await expect(
        column.getByRole("blockquote").filter({ hasText: e.quote }).first(),
      ).toBeVisible();
    await expect(column.getByRole("link", { name: /Read in the source/ }).first()).toHaveAttribute(
      "href",
      `/sources/${a.source}#${statement.id}`,
    );
    boxes.push(await column.boundingBox());
  }
  // side by side: the first two columns share a row, one left of the other
  const [left, right] = boxes;
  if (!left || !right) throw new Error("columns not laid out");
  expect(Math.abs(left.y - right.y)).toBeLessThan(2);
  expect(left.x + left.width).toBeLessThanOrEqual(right.x);

  if (statement.communication)
    await expect(
      page.locator(`a[href="/events/${statement.communication}"]`).first(),
    ).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("an event a source reports as a claim says whose claim it is, on its page and in the timeline", async ({
  page,
  consoleErrors,
}) => {
  const event = dataset.events.find(
    (e) => e.story === story.id && e.attestations.some((a) => a.factuality === "claimed" && a.by),
  );
  const claim = event?.attestations.find((a) => a.factuality === "claimed" && a.by);
  if (!event || !claim?.by) throw new Error("no event reported as someone's claim");
  const by = getActor(dataset, claim.by)?.name ?? claim.by;

  await page.goto(`/events/${event.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
  await expect(page.locator(".page-header .badge", { hasText: `claimed by ${by}` })).toBeVisible();
  const column = page.getByRole("group", { name: `Evidence from ${outlet(claim.source)}` });
  await expect(column).toContainText(`Reported as claimed by ${by}`);
  if (claim.statement)
    await expect(column.locator(`a[href="/statements/${claim.statement}"]`)).toBeVisible();

  await page.goto(`/stories/${story.id}/timeline?show=events`);
  const card = page.locator(".card--event").filter({
    has: page.getByRole("link", { name: event.title, exact: true }),
  });
  await expect(card).toHaveCount(1);
  await expect(card.locator(".badge", { hasText: `claimed by ${by}` })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
