import { ActorInputSchema } from "@dossier/core";
import { type ActorRecord, actorFromName, quoteAt, uniqueId } from "@dossier/curate";
import { type CheckMessage, issueMessages } from "./checks.js";
import { locate, type StudioData } from "./context.js";
import { type FormInput, quoteFromInput, quoteInput, str } from "./form-input.js";

/**
 * The new-actor fields, prefixed `actor-` so they sit inside the statement form without clashing
 * with the statement's own id; the alias is the source's words that name the actor.
 */
export function actorFromInput(input: FormInput, source: string): ActorRecord {
  return actorFromName({
    id: str(input, "actor-id"),
    name: str(input, "actor-name"),
    kind: str(input, "actor-kind"),
    description: str(input, "actor-description"),
    source,
    words: quoteFromInput(input, "actorWords"),
    variant: str(input, "actorVariant"),
  });
}

/** Fields for a new actor named by these words of the text (a selection, or a suggestion's speaker). */
export function actorInputFromWords(
  text: string,
  span: { start: number; end: number },
  taken: Iterable<string>,
): FormInput {
  const q = quoteAt(text, span);
  return {
    "actor-id": uniqueId("", q.quote, new Set(taken)),
    "actor-name": q.quote,
    "actor-kind": "person",
    "actor-description": "",
    ...quoteInput("actorWords", q),
    actorVariant: "standard",
  };
}

const fieldOf = (path: (string | number)[]) =>
  path[0] === "aliases" ? "actorWords" : `actor-${String(path[0] ?? "id")}`;

/** Core's input schema, then what the data check would say: a free id, words found in the source. */
export function checkActor(record: ActorRecord, data: StudioData, source: string): CheckMessage[] {
  const parsed = ActorInputSchema.safeParse(record);
  const prefix = (m: CheckMessage) => ({ ...m, path: `actor.${m.path}` });
  if (!parsed.success) return issueMessages(parsed.error.issues, fieldOf).map(prefix);
  const messages: CheckMessage[] = [];
  if (data.actors.some((a) => a.id === record.id))
    messages.push({ path: "actor.id", field: "actor-id", message: `"${record.id}" is taken` });
  const text = data.sources.find((s) => s.id === source)?.text ?? "";
  for (const alias of parsed.data.aliases)
    for (const e of alias.evidence)
      if (!locate(text, e.quote, e.occurrence ?? 1))
        messages.push({
          path: "actor.aliases",
          field: "actorWords",
          message: `"${e.quote}" is not in ${source}`,
        });
  return messages;
}

/** The studio's view of the folder with this actor added, for checking a record that names it. */
export function withActor(data: StudioData, actor: ActorRecord): StudioData {
  const aliases = (actor.aliases ?? []).map((a) => ({ name: a.name }));
  return { ...data, actors: [...data.actors, { id: actor.id, name: actor.name, aliases }] };
}
