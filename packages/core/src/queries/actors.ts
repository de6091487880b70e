import type { Actor, ActorRole, Alias } from "../schemas/actor.js";
import type { Dataset } from "../schemas/dataset.js";
import type { NewsEvent, ParticipantRole } from "../schemas/event.js";
import type { Statement } from "../schemas/statement.js";
import { groupByStory, type StoryGroup } from "./by-story.js";
import { filterEvents, filterStatements } from "./filters.js";
import { recordIndex } from "./indexes.js";
import { getActor } from "./lookup.js";

export interface ActorProfile {
  actor: Actor;
  roles: (ActorRole & { ofActor?: Actor })[];
  /** each alias with the ids of the sources that use it */
  aliases: (Alias & { sources: string[] })[];
  /** what the actor said */
  statements: Statement[];
  /** the same statements grouped by story, newest story first */
  statementsByStory: StoryGroup<Statement>[];
  /** statements addressed to or aimed at the actor */
  mentionedIn: Statement[];
  events: { event: NewsEvent; roles: ParticipantRole[] }[];
  memberOf: Actor[];
  members: Actor[];
}

export function actorProfile(ds: Dataset, id: string): ActorProfile | undefined {
  const actor = getActor(ds, id);
  if (!actor) return undefined;
  const present = <T>(x: T | undefined): x is T => x !== undefined;
  const statements = filterStatements(ds, { speaker: id });
  return {
    actor,
    roles: actor.roles.map((role) => {
      const ofActor = role.of ? getActor(ds, role.of) : undefined;
      return ofActor ? { ...role, ofActor } : { ...role };
    }),
    aliases: actor.aliases.map((alias) => ({
      ...alias,
      sources: [...new Set(alias.evidence.map((e) => e.source))],
    })),
    statements,
    statementsByStory: groupByStory(ds, statements),
    mentionedIn: filterStatements(ds, { actor: id }).filter((s) => s.speaker !== id),
    events: filterEvents(ds, { actor: id }).map((event) => ({
      event,
      roles: event.participants.filter((p) => p.actor === id).map((p) => p.role),
    })),
    memberOf: actor.memberOf.map((m) => getActor(ds, m)).filter(present),
    members: [...(recordIndex(ds).members.get(id) ?? [])],
  };
}
