import { describe, expect, it } from "vitest";
import { nameSimilarity, sameNameWord } from "./fuzzy-name.js";

describe("name matching", () => {
  it("takes a name written by ear for the known one", () => {
    expect(sameNameWord("tooler", "tueller")).toBe(true);
    expect(nameSimilarity("Matthew Tooler", "Matthew H. Tueller")).toBe(1);
    expect(nameSimilarity("Qassem Soleimani", "Qasem Soleimani")).toBe(1);
    expect(nameSimilarity("Adel Abdul-Mahdi", "Adil Abdul-Mahdi")).toBeGreaterThan(0.5);
  });

  it("does not take a different person for the known one", () => {
    expect(nameSimilarity("Matthew Miller", "Matthew H. Tueller")).toBe(0);
    expect(nameSimilarity("Muqtada al-Sadr", "Osama al-Nujaifi")).toBe(0);
    expect(nameSimilarity("Abu Mahdi al-Muhandis", "Adil Abdul-Mahdi")).toBe(0);
    expect(nameSimilarity("Mahdi", "Adil Abdul-Mahdi")).toBeGreaterThan(
      nameSimilarity("Mahdi", "Abu Mahdi al-Muhandis"),
    );
  });
});
