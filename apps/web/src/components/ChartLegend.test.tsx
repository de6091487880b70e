import { timeline, timelineLanes } from "@dossier/core";
import { parseHTML } from "linkedom";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dataset } from "@/lib/data";
import { TimelineChart } from "./TimelineChart";

// what sets one form of mark apart from another: its element, and for a point, its kind
const FORMS = ["chart__span", "chart__mark--anchored", "chart__more"];
const formsOf = (el: Element) => {
  const classes = [...el.classList];
  const modifiers = FORMS.filter((c) => classes.includes(c));
  if (modifiers.length) return modifiers;
  return [`${el.tagName.toLowerCase()}.${classes.find((c) => c.startsWith("chart__mark--"))}`];
};

describe("the timeline chart's legend", () => {
  it("has a key, with words beside it, for every form of mark a story's chart draws", () => {
    for (const story of dataset.stories) {
      const lanes = timelineLanes(dataset, timeline(dataset, { story: story.id }), "kind");
      const { document } = parseHTML(
        renderToString(<TimelineChart lanes={lanes} period={story.period} caption="Timeline" />),
      );
      const drawn = new Set(
        [...document.querySelectorAll(".chart__svg .chart__mark")].flatMap(formsOf),
      );
      const keys = [...document.querySelectorAll(".chart__legend li")];
      const explained = new Set(
        keys.flatMap((li) => [...li.querySelectorAll(".chart__mark")].flatMap(formsOf)),
      );
      expect(drawn.size, story.id).toBeGreaterThan(0);
      for (const form of drawn) expect(explained, `${story.id}: ${form}`).toContain(form);
      for (const li of keys) expect(li.textContent?.trim()).not.toBe("");
    }
  });
});
