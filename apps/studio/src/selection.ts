/** The span of a source's text that a page's query (`start`, `end`) selects, if it is one. */
export function selectedSpan(
  query: (key: string) => string | undefined,
  text: string,
): { start: number; end: number } | undefined {
  const start = Number(query("start"));
  const end = Number(query("end"));
  const ok = Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end;
  return ok && end <= text.length ? { start, end } : undefined;
}
