/** Folds case, accents and typographic quotes, so "al-Muhandis" matches "Al-Muhandis" and ’ matches '. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

/** True when every word of the query appears in the haystack. */
export function matchesText(haystack: string, query: string): boolean {
  const hay = foldText(haystack);
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
}
