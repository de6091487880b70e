import { contextNotes } from "@/lib/data";

/** Facts from outside the story's sources, always shown as context with their citation. */
export function ContextNotes({
  ids,
  title = "Context from other reports",
}: {
  ids: readonly string[];
  title?: string;
}) {
  const notes = contextNotes(ids);
  if (!notes.length) return null;
  return (
    <section className="section" aria-labelledby="context-heading">
      <h2 id="context-heading">{title}</h2>
      <p className="muted">
        Not from this story's sources: cited as context, never as their evidence.
      </p>
      <ul className="context-list">
        {notes.map((n) => (
          <li key={n.id}>
            <p>{n.fact}</p>
            <p className="muted">Source: {n.citation}</p>
            {n.note ? <p className="muted">{n.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
