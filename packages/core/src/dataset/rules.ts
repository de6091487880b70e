import type { Discrepancy } from "../schemas/discrepancy.js";
import type { NewsEvent } from "../schemas/event.js";
import type { Framing } from "../schemas/framing.js";
import type { Statement } from "../schemas/statement.js";

type Problem = [path: (string | number)[], message: string];
type Lookup = ReadonlyMap<string, { kind: string; value: unknown }>;
type Rule = (record: unknown, byId: Lookup) => Problem[];

/** Each source gives its account of a record once; its words for it go in that one attestation. */
function oncePerSource(attestations: readonly { source: string }[]): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  attestations.forEach((a, i) => {
    const earlier = first.get(a.source);
    if (earlier === undefined) first.set(a.source, i);
    else
      problems.push([
        ["attestations", i, "source"],
        `source "${a.source}" already attests this record at attestations[${earlier}]: put all its words in that one`,
      ]);
  });
  return problems;
}

function statementRules(s: Statement): Problem[] {
  const problems = oncePerSource(s.attestations);
  s.attestations.forEach((a, i) => {
    if (a.attribution === "named" && s.speaker === null)
      problems.push([
        ["attestations", i, "attribution"],
        "attribution is named, but the statement has no speaker: name the speaker, or say how the source attributes the words",
      ]);
    if (a.attribution === "none" && s.speaker !== null && !a.speakerName)
      problems.push([
        ["attestations", i, "attribution"],
        `attribution is none, yet the statement names speaker "${s.speaker}": quote the words by which this source attributes them (speakerName), or make the speaker null`,
      ]);
  });
  return problems;
}

function eventRules(e: NewsEvent, byId: Lookup): Problem[] {
  const problems = oncePerSource(e.attestations);
  e.attestations.forEach((a, i) => {
    const voiced = a.factuality === "happened" || a.factuality === "hypothetical";
    if (!voiced && !a.by && !a.statement)
      problems.push([
        ["attestations", i, "factuality"],
        `an event reported as ${a.factuality} is someone's word: say whose with \`by\` (an actor) or \`statement\``,
      ]);
    const statement = a.statement ? byId.get(a.statement) : undefined;
    const speaker = (statement?.value as Statement | undefined)?.speaker;
    if (a.by && statement?.kind === "statement" && speaker !== undefined && speaker !== a.by)
      problems.push([
        ["attestations", i, "by"],
        `by "${a.by}" differs from the speaker of statement "${a.statement}" ("${speaker}")`,
      ]);
  });
  return problems;
}

function framingRules(f: Framing): Problem[] {
  return f.terms.flatMap((t, i): Problem[] =>
    t.voice === "speaker" && !t.speaker
      ? [[["terms", i, "speaker"], "a term in a named speaker's voice needs the speaker's id"]]
      : [],
  );
}

function discrepancyRules(d: Discrepancy): Problem[] {
  const quoted = d.sides.some((side) => "source" in side && side.evidence.length > 0);
  return quoted
    ? []
    : [
        [
          ["sides"],
          `discrepancy "${d.id}" has no evidence: quote the words of at least one source`,
        ],
      ];
}

/** The rules no schema can state, by record kind. */
export const RULES: Record<string, Rule> = {
  statement: (r) => statementRules(r as Statement),
  event: (r, byId) => eventRules(r as NewsEvent, byId),
  framing: (r) => framingRules(r as Framing),
  discrepancy: (r) => discrepancyRules(r as Discrepancy),
};
