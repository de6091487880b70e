import type { ReactNode } from "react";

/** A small label; the tone carries meaning only alongside the words. */
export function Badge({
  children,
  tone = "plain",
}: {
  children: ReactNode;
  tone?: "plain" | "warn" | "known" | "likely" | "unknown" | "kind";
}) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
