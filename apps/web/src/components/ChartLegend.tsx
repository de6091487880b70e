import { markClass } from "@/lib/chart";

/** One form a mark takes on the chart, and what it tells a reader. */
interface LegendKey {
  kind: "event" | "statement";
  /** a point, a span, or a span's arrow where it runs on past the chart */
  shape: "point" | "span" | "more";
  anchored?: boolean;
  label: string;
}

const KEYS: LegendKey[] = [
  { kind: "event", shape: "point", label: "an event known to the day" },
  { kind: "statement", shape: "point", label: "a statement known to the day" },
  { kind: "event", shape: "span", label: "known only to a stretch (a month, a year)" },
  {
    kind: "event",
    shape: "span",
    anchored: true,
    label: "after or before another record, somewhere in the stretch",
  },
  { kind: "event", shape: "more", label: "goes on past the chart" },
];

/** A mark drawn small, with the classes the chart's own marks carry, so both look alike. */
function KeyShape({ kind, shape, anchored = false }: LegendKey) {
  const cls = markClass(kind, anchored);
  if (shape === "span")
    return (
      <svg viewBox="0 0 24 16" aria-hidden="true" className="chart__key chart__key--wide">
        <rect className={`${cls} chart__span`} x="1" y="4" width="22" height="8" rx="4" />
      </svg>
    );
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="chart__key">
      {shape === "more" ? (
        <path className={`${cls} chart__more`} d="M5 2 L12 8 L5 14" />
      ) : kind === "event" ? (
        <circle className={cls} cx="8" cy="8" r="5" />
      ) : (
        <rect className={cls} x="4" y="4" width="8" height="8" transform="rotate(45 8 8)" />
      )}
    </svg>
  );
}

/** How to read the timeline chart: each form of mark beside what it means. */
export function ChartLegend() {
  return (
    <ul className="chart__legend" aria-label="How to read the chart">
      {KEYS.map((key) => (
        <li key={key.label}>
          <KeyShape {...key} />
          {key.label}
        </li>
      ))}
    </ul>
  );
}
