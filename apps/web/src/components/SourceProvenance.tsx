import type { Source } from "@dossier/core";
import { DERIVATION_LABEL, languageName } from "@/lib/labels";
import { AttestedValue } from "./Attested";

/** What is known of where a text comes from, each fact marked known, likely or unknown. */
export function SourceProvenance({ source }: { source: Source }) {
  const origin = source.derivation.origin;
  return (
    <dl className="facts">
      <dt>Title</dt>
      <dd>
        <AttestedValue value={source.title} />
      </dd>
      <dt>Published on</dt>
      <dd>
        <AttestedValue value={source.publisher} />
      </dd>
      <dt>Address</dt>
      <dd>
        <AttestedValue
          value={source.url}
          render={(u) => (
            <a className="url" href={u} rel="nofollow noreferrer">
              {u}
            </a>
          )}
        />
      </dd>
      <dt>Date</dt>
      <dd>
        <AttestedValue value={source.published} />
      </dd>
      <dt>Language</dt>
      <dd>
        {languageName(source.language)}
        {source.translatedFrom ? `, translated from ${languageName(source.translatedFrom)}` : ""}
      </dd>
      <dt>How it reached us</dt>
      <dd>
        {DERIVATION_LABEL[source.derivation.kind]}
        {source.derivation.note ? (
          <span className="attested__note">{source.derivation.note}</span>
        ) : null}
      </dd>
      {origin ? (
        <>
          <dt>Original publisher</dt>
          <dd>
            <AttestedValue value={origin.publisher} />
          </dd>
          <dt>Original title</dt>
          <dd>
            <AttestedValue value={origin.title} />
          </dd>
          <dt>Original language</dt>
          <dd>
            <AttestedValue value={origin.language} render={languageName} />
          </dd>
          <dt>Original date</dt>
          <dd>
            <AttestedValue value={origin.published} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}
