import { NewsEventInputSchema } from "@dossier/core";
import { quoteAt } from "@dossier/curate";
import { type CheckMessage, issueMessages } from "./checks.js";
import { locate, type StudioData } from "./context.js";
import { dateFromInput, dateInputFromPublication } from "./date-input.js";
import { evidenceFromInput, evidenceInput, type FormInput, many, str } from "./form-input.js";

/** The event the form describes, in core's input shape; the checks judge it. */
export function eventFromInput(input: FormInput, source: string): Record<string, unknown> {
  const roles = many(input, "participantRole");
  const participants = many(input, "participantActor")
    .map((actor, i) => ({ actor: actor.trim(), role: roles[i]?.trim() ?? "" }))
    .filter((p) => p.actor);
  return {
    id: str(input, "id"),
    type: str(input, "type"),
    title: str(input, "title"),
    summary: str(input, "summary"),
    date: dateFromInput(input, source),
    ...(str(input, "place") ? { place: str(input, "place") } : {}),
    ...(str(input, "medium") ? { medium: str(input, "medium") } : {}),
    participants,
    attestations: [
      {
        source,
        factuality: str(input, "factuality"),
        ...(str(input, "by") ? { by: str(input, "by") } : {}),
        evidence: evidenceFromInput(input),
      },
    ],
  };
}

/** Fields for a new event from words the curator selected, dated by the report until told otherwise. */
export function eventInputFromSelection(
  text: string,
  span: { start: number; end: number },
  ctx: { id: string; published?: string | undefined },
): FormInput {
  return {
    id: ctx.id,
    type: "",
    title: "",
    summary: "",
    factuality: "happened",
    ...evidenceInput([quoteAt(text, span)]),
    ...dateInputFromPublication(ctx.published),
  };
}

function fieldOf(path: (string | number)[]): string {
  const [first, , third] = path;
  if (first === "attestations")
    return third === "by" || third === "factuality" ? third : "evidence";
  if (first === "participants") return "participants";
  if (first === "date") return path.includes("resolution") ? "dateReasoning" : "dateValue";
  return String(first ?? "id");
}

/** Core's input schema, then what the data check would say: ids free and known, words found. */
export function checkEvent(record: Record<string, unknown>, data: StudioData): CheckMessage[] {
  const parsed = NewsEventInputSchema.safeParse({ ...record, story: "story" });
  if (!parsed.success) return issueMessages(parsed.error.issues, fieldOf);
  const ev = parsed.data;
  const messages: CheckMessage[] = [];
  const say = (path: string, field: string, message: string) =>
    messages.push({ path, field, message });
  if (data.events.some((e) => e.id === ev.id)) say("id", "id", `"${ev.id}" is taken`);
  const actors = new Set(data.actors.map((a) => a.id));
  if (ev.place && !data.places.some((p) => p.id === ev.place))
    say("place", "place", `no place "${ev.place}"`);
  ev.participants.forEach((p, i) => {
    if (!actors.has(p.actor))
      say(`participants[${i}].actor`, "participants", `no actor "${p.actor}"`);
  });
  ev.attestations.forEach((a, i) => {
    if (a.by && !actors.has(a.by)) say(`attestations[${i}].by`, "by", `no actor "${a.by}"`);
    const text = data.sources.find((s) => s.id === a.source)?.text ?? "";
    a.evidence.forEach((e, j) => {
      const path = `attestations[${i}].evidence[${j}].quote`;
      if (!locate(text, e.quote, e.occurrence ?? 1))
        say(path, "evidence", `"${e.quote}" is not in ${a.source}`);
      else if (!e.occurrence && locate(text, e.quote, 2))
        say(path, "evidence", `"${e.quote}" occurs more than once: say which occurrence`);
    });
  });
  return messages;
}
