import { actorProfile } from "@dossier/core";
import { STORIES_PER_PAGE } from "../src/lib/story-pages";
import { expect, test } from "./fixtures";
import { dataset } from "./pages";

// an actor's records come a page of stories at a time; the curated data's actors fit on one page,
// so this checks the first page has no pager and a page past the last says so, without JavaScript
// (src/app/actors/[id]/ActorView.test.tsx walks the pages of a corpus with more stories)
test("an actor's page past the last says so and links back, without JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const actor = dataset.actors.find(
    (a) => (actorProfile(dataset, a.id)?.statements.length ?? 0) > 0,
  );
  const profile = actor && actorProfile(dataset, actor.id);
  if (!actor || !profile) throw new Error("no actor with statements");
  const stories = new Set(
    [...profile.statements, ...profile.mentionedIn, ...profile.events.map((e) => e.event)].map(
      (r) => r.story,
    ),
  ).size;
  const pages = Math.max(1, Math.ceil(stories / STORIES_PER_PAGE));

  await page.goto(`/actors/${actor.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(actor.name);
  await expect(page.getByRole("navigation", { name: /^Pages of/ })).toHaveCount(pages > 1 ? 2 : 0);

  await page.goto(`/actors/${actor.id}/page/${pages + 1}`);
  await expect(page.getByRole("status")).toContainText(`There is no page ${pages + 1}`);
  await page
    .getByRole("status")
    .getByRole("link", { name: /the first$/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/actors/${actor.id}$`));
  await expect(page.getByRole("heading", { name: "Names the sources use" })).toBeVisible();
  await context.close();
});
