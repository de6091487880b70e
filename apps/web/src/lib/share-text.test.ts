import { describe, expect, it } from "vitest";
import { shareFontSize, shareWords } from "./share-text";

describe("a share card's words", () => {
  it("keeps short words exactly as the source has them", () => {
    const quote = "“We will not accept it,” he said — twice.";
    expect(shareWords(quote)).toEqual({ text: quote, cut: false });
  });

  it("cuts long words at a whole word and says so with an ellipsis", () => {
    const quote = "the parliament voted to end the presence of foreign troops ".repeat(8).trim();
    const { text, cut } = shareWords(quote, 100);
    expect(cut).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    const kept = text.slice(0, -2);
    expect(quote.startsWith(kept)).toBe(true);
    expect(quote[kept.length]).toBe(" ");
    expect(kept.length).toBeLessThanOrEqual(100);
  });

  it("sets longer words smaller", () => {
    expect(shareFontSize("a".repeat(40))).toBeGreaterThan(shareFontSize("a".repeat(250)));
  });
});
