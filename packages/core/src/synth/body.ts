import type { OccasionKind, Quotation } from "../schemas/statement.js";
import type { Country, PoolActor } from "./pool.js";
import type { Random } from "./random.js";
import type { SynthStory } from "./story.js";
import { Quote, type Span, type TextWriter } from "./text.js";
import { ACT_CLAUSES, CUES, EVENT_WORDS, UNNAMED } from "./vocabulary.js";
import { ACTS, AIMED, cap, MEDIA, named, pad, TYPES, UNREAL } from "./words.js";

export interface Body {
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
export function writeBody(b: Body) {
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
