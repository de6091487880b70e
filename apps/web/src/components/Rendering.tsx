import "./Rendering.css";
import type { Attestation, EventAttestation } from "@dossier/core";
import { getStatement } from "@dossier/core";
import { actorName, dataset } from "@/lib/data";
import { factualityPhrase } from "@/lib/factuality";
import { ATTRIBUTION_LABEL, OCCASION_LABEL, QUOTATION_LABEL } from "@/lib/labels";

/** One source's rendering of a claim: how it quotes and attributes it, its cue, name and occasion. */
export function StatementRendering({ attestation: a }: { attestation: Attestation }) {
  return (
    <dl className="rendering">
      <dt>Quotation</dt>
      <dd className="rendering__quotation">{QUOTATION_LABEL[a.quotation]}</dd>
      <dt>Attributed</dt>
      <dd>{ATTRIBUTION_LABEL[a.attribution]}</dd>
      <dt>Names the speaker</dt>
      <dd>
        {a.speakerName ? (
          <q className="rendering__words rendering__speaker-name">{a.speakerName.quote}</q>
        ) : (
          <span className="muted">no name recorded</span>
        )}
      </dd>
      <dt>Cue</dt>
      <dd>
        {a.cue ? (
          <q className="rendering__words rendering__cue">{a.cue.quote}</q>
        ) : (
          <span className="muted">no reporting cue recorded</span>
        )}
      </dd>
      <dt>Occasion</dt>
      <dd>
        {a.occasion ? (
          <>
            {OCCASION_LABEL[a.occasion.kind]}
            {a.occasion.words ? (
              <>
                {": "}
                <q className="rendering__words">{a.occasion.words.quote}</q>
              </>
            ) : null}
          </>
        ) : (
          <span className="muted">none given</span>
        )}
      </dd>
    </dl>
  );
}

/** One source's report of an event: as having happened, or as whose claim, plan or demand. */
export function EventRendering({ attestation: a }: { attestation: EventAttestation }) {
  const statement = a.statement ? getStatement(dataset, a.statement) : undefined;
  return (
    <div className={`factuality factuality--${a.factuality}`}>
      <p>
        <span className="label">Reported as</span> <strong>{factualityPhrase(a)}</strong>
      </p>
      {statement ? (
        <p className="factuality__through">
          <span className="label">In the words of</span>{" "}
          <a href={`/statements/${statement.id}`}>
            {actorName(statement.speaker)}: {statement.gist}
          </a>
        </p>
      ) : null}
    </div>
  );
}
