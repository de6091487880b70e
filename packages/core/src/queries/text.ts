/** Folds case, accents and typographic quotes, so "al-Muhandis" matches "Al-Muhandis" and ’ matches '. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The query's words, folded: what a haystack must hold. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** True when the folded haystack has a word starting with this folded word. */
function startsAWord(hay: string, word: string): boolean {
  for (let at = hay.indexOf(word); at !== -1; at = hay.indexOf(word, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(hay[at - 1] as string)) return true;
  }
  return false;
}

/**
 * Core's one text rule for every list filter: each word of the query must begin a word of the
 * haystack, after folding case, accents and quotes. So "war" finds "war" and "warned" but not
 * "toward", as search (prefix matching) does.
 */
export function matchesText(haystack: string, query: string): boolean {
  return matchesFolded(foldText(haystack), queryWords(query));
}

/** The same rule over a haystack and a query already folded (for filters that fold them once). */
export function matchesFolded(foldedHaystack: string, words: readonly string[]): boolean {
  return words.every((word) => startsAWord(foldedHaystack, word));
}

const FOLDED = new WeakMap<object, string>();

/** A record's haystack folded once and kept with the record. */
export function foldedOnce(record: object, haystack: () => string): string {
  let folded = FOLDED.get(record);
  if (folded === undefined) {
    folded = foldText(haystack());
    FOLDED.set(record, folded);
  }
  return folded;
}
