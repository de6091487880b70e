import type { ActorKind } from "@dossier/core";

export const ACTOR_KIND_LABEL: Record<ActorKind, { one: string; many: string }> = {
  person: { one: "Person", many: "People" },
  state: { one: "State", many: "States" },
  government: { one: "Government", many: "Governments" },
  ministry: { one: "Ministry", many: "Ministries" },
  legislature: { one: "Legislature", many: "Legislatures" },
  "diplomatic-mission": { one: "Diplomatic mission", many: "Diplomatic missions" },
  "armed-forces": { one: "Armed forces", many: "Armed forces" },
  "armed-group": { one: "Armed group", many: "Armed groups" },
  "military-coalition": { one: "Military coalition", many: "Military coalitions" },
  "international-organisation": {
    one: "International organisation",
    many: "International organisations",
  },
  "political-movement": { one: "Political movement", many: "Political movements" },
  "political-party": { one: "Political party", many: "Political parties" },
  media: { one: "Media", many: "Media" },
  population: { one: "Population", many: "Populations" },
};

/** True for a form that is a slip of the source rather than a legitimate name. */
export const isSlip = (variant: string) =>
  variant === "misspelling" || variant === "mistranslation" || variant === "misnomer";

// what a phone's select shows of its choice in a full row at 390 px
export const OPTION_CHARS = 32;

/** A name as a select's choice: cut at a word past `room` characters (the option's title keeps it whole). */
export function optionName(name: string, room = OPTION_CHARS): string {
  if (name.length <= room) return name;
  const cut = name.slice(0, room - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")) || cut}…`;
}
