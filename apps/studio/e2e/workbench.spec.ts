import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "yaml";

// one curator's session over the private data copy: each test builds on the last
test.describe.configure({ mode: "serial" });

const data = process.env.DATA_DIR as string;
const fixture = fileURLToPath(new URL("./fixtures/article.html", import.meta.url));
const STORY = "iraq-summons-envoy";
const SOURCE = "example-wire-2020-01-06";
const statementsOf = (story: string) => join(data, "stories", story, "statements.yaml");

/** Selects words of the source text as a curator's mouse would, through the DOM's Selection. */
async function selectWords(page: Page, words: string) {
  await page.evaluate((w) => {
    const root = document.getElementById("source-text") as HTMLElement;
    const at = (root.textContent ?? "").indexOf(w);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (seen <= at && at < seen + length) range.setStart(node, at - seen);
      if (seen < at + w.length && at + w.length <= seen + length)
        range.setEnd(node, at + w.length - seen);
      seen += length;
    }
    const selection = document.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
}

test("a curator starts a story and adds a source from a saved web page", async ({ page }) => {
  await page.goto("/");
  const form = page.locator("form.new-story");
  await form.getByLabel("Id", { exact: true }).fill(STORY);
  await form.getByLabel("Title").fill("Iraq summons the US envoy");
  await form.getByLabel("Summary").fill("Iraq's Foreign Ministry protests the strikes.");
  await form.getByLabel("From").fill("2020-01-05");
  await form.getByLabel("To").fill("2020-01-06");
  await form.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(STORY);

  const add = page.locator("form.add-source");
  await add.getByLabel("Id", { exact: true }).fill(SOURCE);
  await add.getByLabel(/File/).setInputFiles(fixture);
  await add.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SOURCE);
  await expect(page.locator("#source-text")).toContainText(
    "The Iraqi Foreign Ministry said on Monday",
  );
  await expect(page.locator("#source-text")).not.toContainText("Example Wire");
  await expect(page.locator(".suggestion").first()).toContainText("Iraqi Foreign Ministry");
});

test("accepting a suggestion opens a prefilled form that saves a record", async ({ page }) => {
  await page.goto(`/stories/${STORY}/sources/${SOURCE}`);
  const suggestion = page.locator(".suggestion", { hasText: "Iraqi Foreign Ministry" });
  await suggestion.getByRole("link", { name: "Accept" }).click();
  await expect(page.getByLabel("Speaker", { exact: true })).toHaveValue("iraqi-foreign-ministry");
  await expect(page.getByLabel("Evidence 1", { exact: true })).toHaveValue(
    "the strikes were a flagrant violation of Iraq's sovereignty.",
  );
  await expect(page.getByTestId("date-resolution")).toContainText("2020-01-06");
  await page.getByLabel("Gist", { exact: true }).fill("The strikes violated Iraq's sovereignty.");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByRole("status")).toContainText("Saved st-");
  await expect(page.locator("#source-text mark").first()).toContainText("flagrant violation");
  await expect(page.locator(".suggestion", { hasText: "Iraqi Foreign Ministry" })).toHaveCount(0);
});

test("selected words start a statement; a failing check is shown beside the field and fixed", async ({
  page,
}) => {
  await page.goto(`/stories/${STORY}/sources/${SOURCE}`);
  await selectWords(page, "called for the closure of the US embassy in Baghdad");
  await expect(page.locator("#selection")).toBeVisible();
  await page.getByRole("button", { name: "New statement from selection" }).click();
  await expect(page.getByLabel("Evidence 1", { exact: true })).toHaveValue(
    "called for the closure of the US embassy in Baghdad",
  );
  await page.getByLabel("Speaker", { exact: true }).selectOption("muqtada-al-sadr");
  await page.getByLabel("Speech act", { exact: true }).selectOption("demand");
  await page.getByLabel("Id", { exact: true }).fill("st-sadr-close-embassy-wire");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.locator("#gist-errors")).toContainText("must not be empty");
  // nothing typed is lost
  await expect(page.getByLabel("Evidence 1", { exact: true })).toHaveValue(
    "called for the closure of the US embassy in Baghdad",
  );
  await expect(page.getByLabel("Speaker", { exact: true })).toHaveValue("muqtada-al-sadr");
  await page.getByLabel("Gist", { exact: true }).fill("The US embassy should be closed.");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByRole("status")).toContainText("Saved st-sadr-close-embassy-wire");
  const saved = parse(readFileSync(statementsOf(STORY), "utf8")).statements;
  expect(saved.map((s: { id: string }) => s.id)).toContain("st-sadr-close-embassy-wire");
});

test("selected words make a new actor, and then a statement that actor made", async ({ page }) => {
  await page.goto(`/stories/${STORY}/sources/${SOURCE}`);
  await selectWords(page, "Lina Haddad");
  await page.getByRole("button", { name: "New actor from selection" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New actor");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Lina Haddad");
  const actorId = await page.getByLabel("Actor id", { exact: true }).inputValue();
  await page.getByLabel("Description", { exact: true }).fill("A spokeswoman for the ministry.");
  await page.getByRole("button", { name: "Save actor" }).click();
  await expect(page.getByRole("status")).toContainText(`Saved ${actorId}`);

  await selectWords(page, "Baghdad would answer the strikes through diplomatic channels");
  await page.getByRole("button", { name: "New statement from selection" }).click();
  await page.getByLabel("Speaker", { exact: true }).selectOption(actorId);
  await page.getByLabel("Id", { exact: true }).fill("st-haddad-diplomatic-answer");
  await page.getByLabel("Words naming the speaker", { exact: true }).fill("Lina Haddad");
  await page.getByLabel("Gist", { exact: true }).fill("Iraq would answer through diplomacy.");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByRole("status")).toContainText("Saved st-haddad-diplomatic-answer");
  await expect(page.locator("#source-text mark", { hasText: "diplomatic channels" })).toHaveCount(
    1,
  );

  const actors = parse(readFileSync(join(data, "actors.yaml"), "utf8")).actors;
  expect(actors.find((a: { id: string }) => a.id === actorId)).toMatchObject({
    name: "Lina Haddad",
    aliases: [{ name: "Lina Haddad", evidence: [{ source: SOURCE, quote: "Lina Haddad" }] }],
  });
  const saved = parse(readFileSync(statementsOf(STORY), "utf8")).statements;
  expect(saved.find((st: { id: string }) => st.id === "st-haddad-diplomatic-answer")?.speaker).toBe(
    actorId,
  );
});

test("a rejected suggestion stays rejected after a reload", async ({ page }) => {
  await page.goto(`/stories/${STORY}/sources/${SOURCE}`);
  const first = page.locator(".suggestion blockquote").first();
  const words = await first.textContent();
  await page.locator(".suggestion").first().getByRole("button", { name: "Reject" }).click();
  await expect(page.locator(".suggestion blockquote", { hasText: words ?? "" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SOURCE);
  await expect(page.locator(".suggestion blockquote", { hasText: words ?? "" })).toHaveCount(0);
});

test("a statement added to the curated story lands in its YAML with every comment kept", async ({
  page,
}) => {
  const before = readFileSync(statementsOf("iraq-parliament-foreign-forces-2020"), "utf8");
  await page.goto(
    "/stories/iraq-parliament-foreign-forces-2020/sources/cosmoschronicle-parliament-resolution",
  );
  await selectWords(page, "hunkered down at fortified bases, bracing for retaliatory strikes");
  await page.getByRole("button", { name: "New statement from selection" }).click();
  await page.getByLabel("Id", { exact: true }).fill("st-outlet-coalition-braces");
  await page.getByLabel("Attribution", { exact: true }).selectOption("outlet");
  await page.getByLabel("Quotation", { exact: true }).selectOption("paraphrase");
  await page.getByLabel("Speech act", { exact: true }).selectOption("assessment");
  await page.getByLabel("Gist", { exact: true }).fill("Coalition troops braced for retaliation.");
  // the rewrite is undated: the curator gives the date and says how
  await page.getByLabel("Value", { exact: true }).fill("2020-01-05");
  await page.getByLabel("Resolved from", { exact: true }).selectOption("context");
  await page
    .getByLabel("Reasoning", { exact: true })
    .fill("The rewritten report's date, 5 January 2020.");
  await page.getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByRole("status")).toContainText("Saved st-outlet-coalition-braces");
  const after = readFileSync(statementsOf("iraq-parliament-foreign-forces-2020"), "utf8");
  expect(after.startsWith(before)).toBe(true);
  const comments = before.split("\n").filter((line) => line.trim().startsWith("#"));
  expect(comments.length).toBeGreaterThan(3);
  for (const line of comments) expect(after).toContain(line);
});

test("a rejected suggestion goes away, and the diff shows what a reviewer will see", async ({
  page,
}) => {
  await page.goto(`/stories/${STORY}/sources/${SOURCE}`);
  const before = await page.locator(".suggestion").count();
  await page.locator(".suggestion").first().getByRole("button", { name: "Reject" }).click();
  await expect(page.locator(".suggestion")).toHaveCount(before - 1);
  await page.goto(`/stories/${STORY}/diff`);
  await expect(page.getByTestId("diff")).toContainText("+  - id: st-sadr-close-embassy-wire");
  await expect(page.getByTestId("diff")).toContainText("st-outlet-coalition-braces");
});

test("the data check passes on what the studio wrote", () => {
  const cli = fileURLToPath(new URL("../../../packages/core/dist/cli.js", import.meta.url));
  const run = () =>
    execFileSync(process.execPath, [cli, "check", "--data", data], {
      encoding: "utf8",
      stdio: "pipe",
    });
  expect(run).not.toThrow();
});
