import type { SpeechAct } from "../schemas/speech-acts.js";
import type { OccasionKind, Quotation } from "../schemas/statement.js";
import type { EventType } from "../schemas/taxonomy.js";
import type { Country, Pool, PoolActor } from "./pool.js";
import { slug } from "./pool.js";
import type { Random } from "./random.js";
import { type Span, TextWriter } from "./text.js";
import {
  ACT_CLAUSES,
  CUES,
  EVENT_WORDS,
  FRAMING_TERMS,
  OUTLETS,
  UNNAMED,
  WEEKDAYS,
} from "./vocabulary.js";

/** Words of one source, quoted once its text is whole; `named` adds the source (shared files). */
export class Quote {
  constructor(
    readonly source: number,
    readonly span: Span,
    readonly named = false,
  ) {}
}

export interface SynthStory {
  id: string;
  story: Record<string, unknown>;
  context: Record<string, unknown>[];
  sources: { id: string; meta: Record<string, unknown>; writer: TextWriter }[];
  events: Record<string, unknown>[];
  statements: Record<string, unknown>[];
  framings: Record<string, unknown>[];
  discrepancies: Record<string, unknown>[];
  aliases: { actor: string; name: string; evidence: Quote }[];
  mentions: { place: string; evidence: Quote }[];
}

const MEDIA: [OccasionKind, string, string][] = [
  ["press-conference", "held a press conference", "at the press conference"],
  ["tweet", "posted on social media", "in a post"],
  ["letter", "sent a letter to parliament", "in the letter"],
  ["speech", "gave a speech", "in the speech"],
  ["interview", "gave an interview", "in the interview"],
  ["written-statement", "released a written statement", "in the statement"],
  ["parliament-session", "addressed a session of parliament", "during the session"],
];
const UNREAL = ["planned", "demanded", "hypothetical"] as const;
const ACTS = Object.keys(ACT_CLAUSES) as SpeechAct[];
const TYPES = (Object.keys(EVENT_WORDS) as EventType[]).filter((t) => t !== "public-statement");
const AIMED = new Set<SpeechAct>([
  "criticism",
  "condemnation",
  "accusation",
  "threat",
  "warning",
  "demand",
]);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pad = (n: number) => String(n).padStart(2, "0");

/** The name a sentence gives an actor: organisations take an article, people and populations not. */
function named(actor: PoolActor, capital: boolean): string {
  if (actor.kind === "person" || actor.kind === "population") return actor.name;
  return `${capital ? "The" : "the"} ${actor.name}`;
}

/** One story: sources whose texts are written from the records, then quoted back. */
export function synthStory(index: number, pool: Pool, rng: Random): SynthStory {
  const n = String(index + 1).padStart(4, "0");
  const id = `s${n}`;
  const home = rng.pick(pool.countries);
  const others = pool.countries.filter((c) => c !== home);
  const other: Country = others.length > 0 ? rng.pick(others) : home;
  const speakers = [...home.people, ...other.people];
  const agents = [
    home.government,
    home.parliament,
    home.ministry,
    home.group,
    home.population,
    other.government,
    ...speakers,
  ];
  const targets = [other.government, home.government, other.ministry, home.group];
  const year = 2015 + rng.int(0, 10);
  const month = rng.int(1, 12);
  const iso = (day: number) => `${year}-${pad(month)}-${pad(day)}`;
  const weekday = (day: number) =>
    WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] as string;

  const outlets = rng.sample(OUTLETS, rng.int(3, 5));
  const sources = outlets.map((outlet, i) => ({
    id: `${id}-${slug(outlet)}`,
    outlet,
    meta: {} as Record<string, unknown>,
    writer: new TextWriter(),
    sentences: 0,
    index: i,
  }));
  const sloppy = rng.int(0, sources.length - 1);
  const lead = rng.pick(home.people);
  const out: SynthStory = {
    id,
    story: {},
    context: [],
    sources: [],
    events: [],
    statements: [],
    framings: [],
    discrepancies: [],
    aliases: [],
    mentions: [],
  };
  /** starts a sentence in a source, a paragraph every third one */
  const begin = (src: number) => {
    const s = sources[src] as (typeof sources)[number];
    if (s.sentences > 0) s.writer.add(s.sentences % 3 === 0 ? "\n\n" : " ");
    s.sentences++;
    return s.writer;
  };
  const personIn = (src: number, person: PoolActor) =>
    src === sloppy && person.misspelt ? person.misspelt : person.name;
  const q = (src: number, span: Span) => new Quote(src, span);
  let statementCount = 0;
  const nextStatement = () => `st-${id}-${pad(++statementCount)}`;

  // the main event, which every source reports, with the story's framing and its two discrepancies
  const firstDay = rng.int(1, 6);
  const days = Array.from({ length: rng.int(12, 20) }, () => firstDay + rng.int(0, 20)).sort(
    (a, b) => a - b,
  );
  days[0] = firstDay;
  const city = rng.pick(home.cities);
  const mainType = rng.pick(TYPES);
  const mainAgent = rng.pick([home.government, home.parliament, home.group, other.government]);
  const mainId = `ev-${id}-01`;
  const count = rng.int(8, 400);
  const counts = sources.map((_, i) => (i === 0 ? count + rng.int(3, 9) : count));
  const terms = sources.map(() => rng.pick(FRAMING_TERMS));
  const framingTerms: Record<string, unknown>[] = [];
  const mainAttestations = sources.map((s, i) => {
    const w = begin(i);
    const evidence = w.add(`${named(mainAgent, true)} ${EVENT_WORDS[mainType].past} in `);
    const at = w.add(city.name);
    w.add(" ");
    const when = w.add(`on ${weekday(firstDay)}`);
    w.add(", in what amounted to ");
    const term = w.add(terms[i] as string);
    w.add(".");
    const countSpan = begin(i).add(`At least ${counts[i]} people`);
    s.writer.add(" were there.");
    const leadSpan = begin(i).add(personIn(i, lead));
    s.writer.add(`, the ${lead.roles[0]?.title}, was expected to respond.`);
    framingTerms.push({ source: s.id, term: terms[i], voice: "outlet", evidence: [q(i, term)] });
    out.mentions.push({ place: city.id, evidence: new Quote(i, at, true) });
    if (i === sloppy)
      out.aliases.push({
        actor: lead.id,
        name: lead.misspelt as string,
        evidence: new Quote(i, leadSpan, true),
      });
    return { i, evidence: { ...evidence, end: at.end }, when, countSpan, leadSpan };
  });
  const [first] = mainAttestations;
  out.events.push({
    id: mainId,
    type: mainType,
    title: `${named(mainAgent, true)} ${EVENT_WORDS[mainType].past} in ${city.name}`,
    summary: `${named(mainAgent, true)} ${EVENT_WORDS[mainType].past} in ${city.name}, with at least ${count} people present.`,
    date: {
      value: iso(firstDay),
      precision: "day",
      resolution: {
        basis: "relative",
        words: first ? [new Quote(0, first.when, true)] : [],
        anchor: "the weekday named in the reports",
        reasoning: "The weekday the reports give, in the week of the story.",
      },
    },
    place: city.id,
    participants: [{ actor: mainAgent.id, role: "agent" }],
    attestations: mainAttestations.map((a) => ({
      source: sources[a.i]?.id,
      factuality: "happened",
      evidence: [q(a.i, a.evidence)],
    })),
  });
  // other voices for the framing: a named speaker, an unnamed one, and words of uncertain voice
  const voiced = rng.int(0, sources.length - 1);
  const voice = rng.pick(["speaker", "unnamed-speaker", "uncertain"] as const);
  const otherTerm = rng.pick(FRAMING_TERMS);
  const vw = begin(voiced);
  if (voice === "unnamed-speaker") vw.add(`${rng.pick(UNNAMED)} called it `);
  else
    vw.add(
      `${personIn(voiced, lead)} ${voice === "speaker" ? "called it" : "said it amounted to"} `,
    );
  const otherSpan = vw.add(otherTerm);
  vw.add(".");
  framingTerms.push({
    source: sources[voiced]?.id,
    term: otherTerm,
    voice,
    ...(voice === "unnamed-speaker" ? {} : { speaker: lead.id }),
    evidence: [q(voiced, otherSpan)],
  });
  out.framings.push({
    id: `fr-${id}-main`,
    referent: { kind: "event", id: mainId },
    title: "What the main event is called",
    terms: framingTerms,
    note: "The reports weigh the same act differently.",
  });
  const ctxId = `ctx-${id}-count`;
  const official = count + rng.int(0, 5);
  out.context.push({
    id: ctxId,
    fact: `Officials counted ${official} people at the scene.`,
    citation: "A synthetic context note: no real document stands behind it.",
  });
  const correct = mainAttestations.find((a) => a.i !== sloppy);
  const sloppyOne = mainAttestations[sloppy];
  if (correct && sloppyOne)
    out.discrepancies.push({
      id: `dc-${id}-name`,
      kind: "error",
      title: `How ${lead.name} is spelt`,
      about: [{ kind: "actor", id: lead.id }],
      sides: [
        {
          source: sources[sloppy]?.id,
          says: `${lead.misspelt}.`,
          evidence: [q(sloppy, sloppyOne.leadSpan)],
          slip: { kind: "transliteration", intended: lead.name },
        },
        {
          source: sources[correct.i]?.id,
          says: `${lead.name}.`,
          evidence: [q(correct.i, correct.leadSpan)],
        },
      ],
      note: "One report misspells the name.",
    });
  const [a0, a1] = mainAttestations;
  if (a0 && a1)
    out.discrepancies.push({
      id: `dc-${id}-count`,
      kind: "differing-detail",
      title: "How many people were there",
      about: [{ kind: "event", id: mainId }],
      sides: [
        { source: sources[0]?.id, says: `At least ${counts[0]}.`, evidence: [q(0, a0.countSpan)] },
        { source: sources[1]?.id, says: `At least ${counts[1]}.`, evidence: [q(1, a1.countSpan)] },
        { context: ctxId, says: `${official}, by the official count.` },
      ],
      context: [ctxId],
      note: "The reports give different figures; the official count differs from both.",
    });

  writeBody({
    rng,
    sources: sources.map((s) => s.id),
    begin,
    personIn,
    q,
    nextStatement,
    out,
    id,
    days,
    iso,
    weekday,
    home,
    speakers,
    agents,
    targets,
    mainId,
  });

  const allDays = days;
  out.story = {
    title: `${named(mainAgent, true)} ${EVENT_WORDS[mainType].past} in ${city.name}`,
    summary: `A synthetic story in ${home.name}: ${out.events.length} events and ${out.statements.length} statements from ${sources.length} reports.`,
    period: { start: iso(allDays[0] as number), end: iso(allDays.at(-1) as number) },
    sources: sources.map((s) => s.id),
  };
  out.sources = sources.map((s, i) => ({
    id: s.id,
    writer: s.writer,
    meta: {
      title: { status: "known", value: `${s.outlet} on ${home.name}, report ${n}` },
      publisher: { status: "known", value: s.outlet },
      url:
        i % 4 === 3
          ? { status: "unknown", note: "A synthetic report with no address." }
          : { status: "known", value: `https://${slug(s.outlet)}.example/${id}` },
      published: { status: "known", value: iso(allDays.at(-1) as number) },
      language: "en",
      derivation: { kind: "original" },
      text: `${s.id}.txt`,
    },
  }));
  return out;
}

interface Body {
  rng: Random;
  sources: string[];
  begin: (src: number) => TextWriter;
  personIn: (src: number, person: PoolActor) => string;
  q: (src: number, span: Span) => Quote;
  nextStatement: () => string;
  out: SynthStory;
  id: string;
  days: number[];
  iso: (day: number) => string;
  weekday: (day: number) => string;
  home: Country;
  speakers: PoolActor[];
  agents: PoolActor[];
  targets: PoolActor[];
  mainId: string;
}

/** Every other event and statement, in date order, each written into the sources that carry it. */
function writeBody(b: Body) {
  const { rng, out, id } = b;
  const real: { id: string; day: number }[] = [{ id: b.mainId, day: b.days[0] as number }];
  const S = b.sources.length;
  const pickSources = (max: number) =>
    rng.sample([...b.sources.keys()], rng.int(1, Math.min(max, S)));
  const speakerForm = (src: number, speaker: PoolActor | null, capital: boolean) => {
    if (!speaker || rng.chance(0.15)) {
      const form = rng.pick(UNNAMED);
      return {
        form: capital ? form : form.charAt(0).toLowerCase() + form.slice(1),
        attribution: "unnamed" as const,
      };
    }
    return { form: b.personIn(src, speaker), attribution: "named" as const };
  };

  /** a statement, written into each of its sources in the way that source renders it */
  const statement = (
    day: number,
    extra: Record<string, unknown>,
    srcs: number[],
    occasion?: [OccasionKind, string],
  ) => {
    const speaker = rng.chance(0.85) ? rng.pick(b.speakers) : null;
    const act = rng.pick(ACTS);
    const target = rng.pick(b.targets);
    const subject = named(target, false);
    const clause = ACT_CLAUSES[act](subject, EVENT_WORDS[rng.pick(TYPES)].base);
    const attestations = srcs.map((src) => {
      const w = b.begin(src);
      const { form, attribution } = speakerForm(src, speaker, true);
      const none = !speaker && rng.chance(0.3);
      const quotation: Quotation = none
        ? "direct"
        : rng.pick(["direct", "partial", "indirect", "paraphrase"] as const);
      const cue = rng.pick(CUES);
      const a: Record<string, unknown> = {
        source: b.sources[src],
        quotation,
        attribution: none ? "none" : attribution,
      };
      const words = occasion ? ` ${occasion[1]}` : "";
      let evidence: Span;
      if (none) {
        w.add('"');
        evidence = w.add(cap(clause));
        w.add(`," read a banner${words}.`);
      } else if (quotation === "direct") {
        w.add('"');
        evidence = w.add(cap(clause));
        w.add('," ');
        a.speakerName = b.q(
          src,
          w.add(attribution === "named" ? form : form.charAt(0).toLowerCase() + form.slice(1)),
        );
        w.add(" ");
        a.cue = b.q(src, w.add(cue));
        if (occasion) {
          w.add(" ");
          a.occasion = { kind: occasion[0], words: b.q(src, w.add(occasion[1])) };
        }
        w.add(".");
      } else if (quotation === "paraphrase") {
        w.add("According to ");
        a.speakerName = b.q(
          src,
          w.add(attribution === "named" ? form : form.charAt(0).toLowerCase() + form.slice(1)),
        );
        if (occasion) {
          w.add(" ");
          a.occasion = { kind: occasion[0], words: b.q(src, w.add(occasion[1])) };
        }
        w.add(", ");
        evidence = w.add(clause);
        w.add(".");
      } else {
        a.speakerName = b.q(src, w.add(form));
        w.add(" ");
        a.cue = b.q(src, w.add(cue));
        if (occasion) {
          w.add(" ");
          a.occasion = { kind: occasion[0], words: b.q(src, w.add(occasion[1])) };
        }
        w.add(" that ");
        const predicate = clause.slice(subject.length + 1);
        evidence = w.add(quotation === "partial" ? `${subject} "${predicate}"` : clause);
        w.add(".");
      }
      a.evidence = [b.q(src, evidence)];
      if (none) a.occasion = occasion ? { kind: occasion[0] } : undefined;
      if (a.occasion === undefined) delete a.occasion;
      return a;
    });
    const about = rng.chance(0.4) ? rng.pick(real) : undefined;
    const st = {
      id: b.nextStatement(),
      speaker: speaker?.id ?? null,
      act,
      gist: `${cap(clause)}.`,
      date:
        about && about.day <= day && rng.chance(0.5)
          ? {
              value: b.iso(day),
              precision: "day",
              after: { record: about.id },
              resolution: { basis: "anchored", reasoning: "Said in reaction to what it is about." },
            }
          : {
              value: b.iso(day),
              precision: "day",
              resolution: {
                basis: "publication",
                reasoning: "Reported on the day of the coverage.",
              },
            },
      ...extra,
      ...(AIMED.has(act) ? { targets: [target.id] } : { mentions: [target.id] }),
      ...(about ? { about: [about.id] } : {}),
      attestations,
    };
    out.statements.push(st);
    return st;
  };

  let eventCount = 1;
  let unreal = rng.int(0, 2);
  for (const day of b.days.slice(1)) {
    const evId = `ev-${id}-${String(++eventCount).padStart(2, "0")}`;
    const roll = rng.next();
    const city = rng.pick(b.home.cities);
    if (roll < 0.15) {
      // an act of communication, and what was said in it
      const [medium, did, where] = rng.pick(MEDIA);
      const speaker = rng.pick(b.speakers);
      const srcs = pickSources(2);
      const attestations = srcs.map((src) => {
        const w = b.begin(src);
        const evidence = w.add(`${b.personIn(src, speaker)} ${did} in ${city.name}`);
        w.add(` on ${b.weekday(day)}.`);
        return { source: b.sources[src], factuality: "happened", evidence: [b.q(src, evidence)] };
      });
      out.events.push({
        id: evId,
        type: "public-statement",
        title: `${speaker.name} ${did}`,
        summary: `${speaker.name} ${did} in ${city.name}.`,
        date: {
          value: b.iso(day),
          precision: "day",
          resolution: { basis: "publication", reasoning: "On the day the reports give." },
        },
        place: city.id,
        medium,
        participants: [{ actor: speaker.id, role: "agent" }],
        attestations,
      });
      real.push({ id: evId, day });
      for (let k = rng.int(1, 3); k > 0; k--)
        statement(day, { communication: evId }, srcs, [medium, where]);
      continue;
    }
    const type = rng.pick(TYPES);
    const agent = rng.pick(b.agents);
    const words = EVENT_WORDS[type];
    const base = {
      id: evId,
      type,
      title: `${named(agent, true)} ${words.past}`,
      summary: `${named(agent, true)} ${words.past} in ${city.name}.`,
      place: city.id,
      participants: [{ actor: agent.id, role: "agent" }],
    };
    if (roll < 0.33) {
      // an event that exists only in someone's words: planned, demanded, or only supposed
      const src = rng.int(0, S - 1);
      const w = b.begin(src);
      const kind = UNREAL[unreal++ % UNREAL.length] as (typeof UNREAL)[number];
      if (kind === "hypothetical") {
        const evidence = w.add(`${named(agent, true)} could ${words.base} in ${city.name}`);
        w.add(", analysts suggested.");
        out.events.push({
          ...base,
          date: {
            value: b.iso(day).slice(0, 7),
            precision: "month",
            resolution: {
              basis: "publication",
              reasoning: "Only supposed, in the month of the reports.",
            },
          },
          attestations: [
            { source: b.sources[src], factuality: "hypothetical", evidence: [b.q(src, evidence)] },
          ],
        });
        statement(day, {}, pickSources(2));
        continue;
      }
      const speaker = rng.pick(b.speakers);
      const stId = b.nextStatement();
      const speakerName = b.q(src, w.add(b.personIn(src, speaker)));
      w.add(" ");
      const cue = b.q(src, w.add(kind === "planned" ? "announced" : "demanded"));
      w.add(" that ");
      const evidence = w.add(
        kind === "planned"
          ? `${named(agent, false)} would ${words.base}`
          : `${named(agent, false)} ${words.base}`,
      );
      w.add(".");
      out.statements.push({
        id: stId,
        speaker: speaker.id,
        act: kind === "planned" ? "announcement" : "demand",
        gist: `${cap(named(agent, false))} ${kind === "planned" ? "would" : "should"} ${words.base}.`,
        date: {
          value: b.iso(day),
          precision: "day",
          resolution: { basis: "publication", reasoning: "Reported on the day of the coverage." },
        },
        about: [evId],
        attestations: [
          {
            source: b.sources[src],
            quotation: "indirect",
            attribution: "named",
            speakerName,
            cue,
            evidence: [b.q(src, evidence)],
          },
        ],
      });
      out.events.push({
        ...base,
        date: {
          value: b.iso(day).slice(0, 7),
          precision: "month",
          after: { record: stId },
          resolution: { basis: "anchored", reasoning: "Only after it was announced or demanded." },
        },
        attestations: [
          {
            source: b.sources[src],
            factuality: kind,
            by: speaker.id,
            statement: stId,
            evidence: [b.q(src, evidence)],
          },
        ],
      });
      continue;
    }
    // an event that happened, or that some source reports only as claimed or denied
    const srcs = pickSources(3);
    const shape = rng.next();
    const prev = real.at(-1) as { id: string; day: number };
    const month = shape >= 0.8 && shape < 0.93;
    const yearly = shape >= 0.93;
    const partOfDay =
      shape >= 0.7 && shape < 0.8 ? rng.pick(["morning", "evening"] as const) : undefined;
    const when = month
      ? "earlier this month"
      : yearly
        ? "recently"
        : `on ${b.weekday(day)}${partOfDay ? ` ${partOfDay}` : ""}`;
    let words_: Quote | undefined;
    const attestations = srcs.map((src) => {
      const w = b.begin(src);
      if (rng.chance(0.8)) {
        const evidence = w.add(`${named(agent, true)} ${words.past} in ${city.name}`);
        w.add(" ");
        const at = w.add(when);
        w.add(".");
        words_ ??= new Quote(src, at, true);
        return { source: b.sources[src], factuality: "happened", evidence: [b.q(src, evidence)] };
      }
      const denied = rng.chance(0.4);
      const speaker = rng.pick(b.speakers);
      const stId = b.nextStatement();
      const speakerName = b.q(src, w.add(b.personIn(src, speaker)));
      w.add(" ");
      const cue = b.q(src, w.add(denied ? "denied" : rng.pick(["claimed", "alleged"])));
      w.add(" that ");
      const evidence = w.add(`${named(agent, false)} had ${words.past} in ${city.name}`);
      w.add(".");
      out.statements.push({
        id: stId,
        speaker: speaker.id,
        act: denied ? "denial" : rng.pick(["claim", "accusation"]),
        gist: `${cap(named(agent, false))} ${denied ? "did not" : "did"}: ${words.past}.`,
        date: {
          value: b.iso(day),
          precision: "day",
          after: { record: evId },
          resolution: { basis: "anchored", reasoning: "Said of the event, after it." },
        },
        about: [evId],
        attestations: [
          {
            source: b.sources[src],
            quotation: "indirect",
            attribution: "named",
            speakerName,
            cue,
            evidence: [b.q(src, evidence)],
          },
        ],
      });
      return {
        source: b.sources[src],
        factuality: denied ? "denied" : "claimed",
        by: speaker.id,
        statement: stId,
        evidence: [b.q(src, evidence)],
      };
    });
    const resolution = words_
      ? {
          basis: month || yearly ? "anchored" : "relative",
          words: [words_],
          reasoning: "From the words the reports use.",
        }
      : { basis: "publication", reasoning: "Only claimed or denied; dated by the reports." };
    const date = month
      ? {
          value: b.iso(day).slice(0, 7),
          precision: "month",
          periodPart: day <= 10 ? "early" : day <= 20 ? "mid" : "late",
          after: { record: prev.id },
          resolution: { ...resolution, basis: "anchored" },
        }
      : yearly
        ? {
            value: String(b.iso(day).slice(0, 4)),
            precision: "year",
            before: { date: b.iso(b.days.at(-1) as number) },
            resolution: { ...resolution, basis: "anchored" },
          }
        : shape >= 0.6 && shape < 0.7
          ? {
              value: `${b.iso(day)}T${pad(rng.int(6, 22))}:${pad(rng.int(0, 59))}`,
              precision: "time",
              resolution,
            }
          : {
              value: b.iso(day),
              precision: "day",
              ...(partOfDay ? { partOfDay } : {}),
              resolution,
            };
    out.events.push({ ...base, date, attestations });
    real.push({ id: evId, day });
    for (let k = rng.int(0, 2); k > 0; k--) statement(day, {}, pickSources(3));
  }
}
