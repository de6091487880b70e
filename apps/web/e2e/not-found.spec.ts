import { expect, test } from "@playwright/test";
import { dataset, story } from "./pages";

// every record route, with an id no record has; records render on demand, so these are the
// addresses where a 404 could come back as an empty shell that needs script to show anything
const UNKNOWN = [
  "/events/no-such-id",
  "/statements/no-such-id",
  "/sources/no-such-id",
  "/actors/no-such-id",
  "/places/no-such-id",
  "/stories/no-such-id",
  "/stories/no-such-id/timeline",
  "/stories/no-such-id/compare",
  // an id that exists, under the wrong kind of record
  `/events/${story.id}`,
  `/stories/${dataset.events[0]?.id}`,
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an unknown id of every record route answers 404 with the not-found page in its HTML", async ({
    page,
    request,
  }) => {
    for (const path of UNKNOWN) {
      // the server's own answer, as a crawler or a script-less reader gets it
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect(await res.text(), path).toContain("There is no record at this address");

      const nav = await page.goto(path);
      expect(nav?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(
        "There is no record at this address",
      );
      await expect(
        page.getByRole("searchbox", { name: "Search the records instead" }),
        path,
      ).toBeVisible();
    }
  });

  test("a known id still renders its record", async ({ page }) => {
    const event = dataset.events[0];
    if (!event) throw new Error("the dataset has no event to test against");
    const nav = await page.goto(`/events/${event.id}`);
    expect(nav?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(event.title);
  });
});
