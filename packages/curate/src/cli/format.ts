import type { Suggestions } from "../suggest/index.js";

/** Suggestions as a curator reads them in a terminal: one block per statement, then dates and names. */
export function formatSuggestions({ statements, dates, names }: Suggestions): string {
  const lines: string[] = [];
  statements.forEach((s, i) => {
    const who = s.speaker.name
      ? `${s.speaker.name} → ${s.speaker.actor ?? "new actor?"}`
      : "no speaker";
    lines.push(
      `${i + 1}. ${s.act} (${s.cue ?? "quoted words"}; ${s.quotation}, ${s.attribution}) ${who}`,
    );
    for (const e of s.evidence) lines.push(`   “${e.quote}” [${e.start}-${e.end}]`);
    if (s.date) lines.push(`   date ${s.date.value} from “${s.date.words}”`);
    if (s.occasion) lines.push(`   occasion ${s.occasion.kind} from “${s.occasion.quote}”`);
  });
  if (dates.length) {
    lines.push("", "dates:");
    for (const d of dates) lines.push(`   ${d.value} “${d.words}” [${d.start}-${d.end}]`);
  }
  if (names.length) {
    lines.push("", "names:");
    for (const n of names) lines.push(`   ${n.kind} “${n.text}” → ${n.actor ?? "unknown"}`);
  }
  return `${lines.join("\n")}\n`;
}
