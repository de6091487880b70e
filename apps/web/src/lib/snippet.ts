import { foldText } from "@dossier/core";

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Splits text into parts, marking the words of the query, so a page can wrap them in <mark>. */
export function markTerms(text: string, query: string): SnippetPart[] {
  const words = [
    ...new Set(
      foldText(query)
        .split(/\s+/)
        .filter((w) => w.length > 1),
    ),
  ];
  if (!words.length || !text) return text ? [{ text, match: false }] : [];
  // fold character by character, remembering where each folded character came from
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldText(text[i] as string);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(i);
  }
  const hit = new Array<boolean>(text.length).fill(false);
  for (const w of words) {
    for (let i = folded.indexOf(w); i !== -1; i = folded.indexOf(w, i + 1)) {
      for (let k = i; k < i + w.length; k++) hit[origin[k] as number] = true;
    }
  }
  const parts: SnippetPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts.at(-1);
    if (last && last.match === hit[i]) last.text += text[i];
    else parts.push({ text: text[i] as string, match: hit[i] as boolean });
  }
  return parts;
}
