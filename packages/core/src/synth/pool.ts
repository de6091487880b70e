import type { ActorKind } from "../schemas/actor.js";
import type { Random } from "./random.js";
import { CITY_PARTS, COUNTRIES, FIRST_NAMES, SURNAMES } from "./vocabulary.js";

/** An actor every story may draw on: the same ministers and parliaments recur, as in real news. */
export interface PoolActor {
  id: string;
  name: string;
  kind: ActorKind;
  description: string;
  memberOf: string[];
  roles: { title: string; of: string }[];
  /** for people: the misspelt form some sources use */
  misspelt?: string;
}

export interface PoolPlace {
  id: string;
  name: string;
  kind: "country" | "city";
  within?: string;
  coordinates: { lat: number; lon: number };
}

export interface Country {
  name: string;
  adjective: string;
  place: PoolPlace;
  cities: PoolPlace[];
  government: PoolActor;
  parliament: PoolActor;
  ministry: PoolActor;
  population: PoolActor;
  group: PoolActor;
  people: PoolActor[];
}

export interface Pool {
  countries: Country[];
  actors: PoolActor[];
  places: PoolPlace[];
}

export const slug = (words: string) =>
  words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** A plausible slip of the pen: one vowel of the surname changed. */
function misspell(name: string): string {
  const at = name.search(/[aeiou](?=[^ ]*$)/);
  if (at < 0) return `${name}h`;
  const vowel = name[at] as string;
  const other = "aeiou"[("aeiou".indexOf(vowel) + 2) % 5] as string;
  return `${name.slice(0, at)}${other}${name.slice(at + 1)}`;
}

/** The shared actors and places: more countries for more stories, so actors recur but not in all. */
export function buildPool(stories: number, rng: Random): Pool {
  const count = Math.min(COUNTRIES.length, 3 + Math.ceil(stories / 40));
  const names = new Set<string>();
  const personName = () => {
    for (;;) {
      const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };
  const cityNames = new Set<string>();
  const countries = COUNTRIES.slice(0, count).map(([name, adjective], c): Country => {
    const s = slug(name);
    const lat = -40 + ((c * 37) % 80);
    const lon = -150 + ((c * 71) % 300);
    const place: PoolPlace = { id: `pl-${s}`, name, kind: "country", coordinates: { lat, lon } };
    const cities = Array.from({ length: 4 }, (_, i): PoolPlace => {
      let city: string;
      do city = `${rng.pick(CITY_PARTS[0])}${rng.pick(CITY_PARTS[1])}`;
      while (cityNames.has(city));
      cityNames.add(city);
      return {
        id: `pl-${slug(city)}`,
        name: city,
        kind: "city",
        within: place.id,
        coordinates: { lat: lat + i * 0.5, lon: lon + i * 0.5 },
      };
    });
    const org = (id: string, n: string, kind: ActorKind, description: string): PoolActor => ({
      id,
      name: n,
      kind,
      description,
      memberOf: [],
      roles: [],
    });
    const government = org(
      `${s}-government`,
      `Government of ${name}`,
      "government",
      `The government of ${name}.`,
    );
    const parliament = org(
      `${s}-parliament`,
      `Parliament of ${name}`,
      "legislature",
      `The national assembly of ${name}.`,
    );
    const ministry = org(
      `${s}-foreign-ministry`,
      `${adjective} Foreign Ministry`,
      "ministry",
      `The foreign ministry of ${name}.`,
    );
    ministry.memberOf.push(government.id);
    const population = org(
      `${s}-citizens`,
      `${adjective} citizens`,
      "population",
      `The people of ${name}, named as a whole.`,
    );
    const group = org(
      `${s}-liberation-front`,
      `${adjective} Liberation Front`,
      "armed-group",
      `An armed group active in ${name}.`,
    );
    const people = [
      ["prime minister", government],
      ["foreign minister", ministry],
      ["opposition leader", parliament],
    ].map(([title, of]) => {
      const n = personName();
      const body = of as PoolActor;
      return {
        id: slug(n),
        name: n,
        kind: "person" as const,
        description: `The ${title as string} of ${name}.`,
        memberOf: [body.id],
        roles: [{ title: title as string, of: body.id }],
        misspelt: misspell(n),
      };
    });
    return {
      name,
      adjective,
      place,
      cities,
      government,
      parliament,
      ministry,
      population,
      group,
      people,
    };
  });
  return {
    countries,
    actors: countries.flatMap((c) => [
      c.government,
      c.parliament,
      c.ministry,
      c.population,
      c.group,
      ...c.people,
    ]),
    places: countries.flatMap((c) => [c.place, ...c.cities]),
  };
}
