import { doubleMetaphone } from "double-metaphone";
import { distance } from "fastest-levenshtein";

// initials ("H.") and particles carry no identity: "Matthew H. Tueller" is matthew + tueller
const PARTICLES = new Set(["al", "el", "bin", "ibn", "abu", "the", "of", "and"]);

export function nameTokens(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !PARTICLES.has(t));
}

/**
 * Whether two name words may be the same name: spelled alike (one slip in five letters) or sounding
 * alike, as a translation writes a name by ear ("Tooler" for "Tueller", "Qassem" for "Qasem").
 */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4 && distance(a, b) <= Math.floor(shorter / 5) + (shorter >= 7 ? 1 : 0)) {
    return true;
  }
  if (shorter < 4) return false;
  const [pa, sa] = doubleMetaphone(a);
  const [pb, sb] = doubleMetaphone(b);
  return pa.length >= 2 && (pa === pb || pa === sb || sa === pb);
}

/**
 * How well a name found in a text matches a known name, 0 to 1: every word of the found name must
 * match a word of the known one, and its last word (the surname, or the head) must be among them;
 * matching the known name's last word counts for more.
 */
export function nameSimilarity(found: string, known: string): number {
  const f = nameTokens(found);
  const k = nameTokens(known);
  if (f.length === 0 || k.length === 0) return 0;
  let matched = 0;
  for (const word of f) if (k.some((w) => sameNameWord(word, w))) matched++;
  const last = f[f.length - 1] as string;
  if (matched < f.length || !k.some((w) => sameNameWord(last, w))) return 0;
  // a surname alone ("Mahdi") names the one whose surname it is, not one who has it as a first name
  const surname = sameNameWord(last, k[k.length - 1] as string) ? 0.5 : 0;
  return Math.min(1, matched / Math.max(f.length, k.length) + surname);
}
