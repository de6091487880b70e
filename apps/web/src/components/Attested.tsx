import type { ReactNode } from "react";

type Attested<T> =
  | { status: "known"; value: T; note?: string | undefined }
  | { status: "likely"; value: T; note: string }
  | { status: "unknown"; note: string };

const STATUS_TEXT = { known: "known", likely: "likely", unknown: "unknown" } as const;

/** A provenance value with how sure the record is of it: known, likely, or admittedly unknown. */
export function AttestedValue<T>({
  value,
  render,
}: {
  value: Attested<T>;
  render?: (v: T) => ReactNode;
}) {
  return (
    <span className="attested">
      {value.status === "unknown" ? (
        <span className="attested__unknown">Not known</span>
      ) : (
        <span>{render ? render(value.value) : String(value.value)}</span>
      )}{" "}
      <span className={`badge badge--${value.status}`}>{STATUS_TEXT[value.status]}</span>
      {value.note ? <span className="attested__note">{value.note}</span> : null}
    </span>
  );
}
