import { writeBody } from "./body.js";
import type { Country, Pool, PoolActor } from "./pool.js";
import { slug } from "./pool.js";
import type { Random } from "./random.js";
import { Quote, type Span, TextWriter } from "./text.js";
import { EVENT_WORDS, FRAMING_TERMS, OUTLETS, UNNAMED, WEEKDAYS } from "./vocabulary.js";
import { named, pad, TYPES } from "./words.js";

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
