// what a share card says: the source's words kept exact, cut only at a word and marked when cut

export const SHARE_WORDS_MAX = 260;

/**
 * The words as the source has them, or, past `max` characters, their opening up to the last whole
 * word with an ellipsis, so a card never puts words in a source's mouth.
 */
export function shareWords(words: string, max = SHARE_WORDS_MAX): { text: string; cut: boolean } {
  const flat = words.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return { text: flat, cut: false };
  const head = flat.slice(0, max + 1);
  const end = head.lastIndexOf(" ");
  return { text: `${(end > 0 ? head.slice(0, end) : flat.slice(0, max)).trimEnd()} …`, cut: true };
}

/** A type size that fits the words in the card's body: big for a line, smaller for a paragraph. */
export function shareFontSize(text: string): number {
  if (text.length <= 80) return 60;
  if (text.length <= 140) return 50;
  if (text.length <= 200) return 42;
  return 36;
}
