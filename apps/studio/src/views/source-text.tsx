/** A span of the text to mark: existing evidence (with its record) or a suggestion. */
export interface Mark {
  start: number;
  end: number;
  record: string;
}

/**
 * The source's text, cut at every mark's edges, each piece wrapped in a <mark> naming the records
 * whose evidence covers it. data-start gives each piece's offset, so a selection maps back to
 * offsets into the exact text.
 */
export function SourceText(props: { text: string; marks: Mark[]; source: string }) {
  const cuts = new Set([0, props.text.length]);
  for (const m of props.marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = points.slice(0, -1).map((start, i) => {
    const end = points[i + 1] as number;
    const records = props.marks
      .filter((m) => m.start <= start && end <= m.end)
      .map((m) => m.record);
    const words = props.text.slice(start, end);
    return records.length ? (
      <mark data-start={start} data-records={records.join(" ")} title={records.join(", ")}>
        {words}
      </mark>
    ) : (
      <span data-start={start}>{words}</span>
    );
  });
  return (
    <div
      id="source-text"
      class="source-text"
      data-source={props.source}
      data-length={props.text.length}
    >
      {pieces}
    </div>
  );
}
