import "./TimelineChart.css";
import { formatDate, type TimelineLane } from "@dossier/core";
import { useId } from "react";
import { CHART, type ChartMark, chartDomain, layoutChart, markClass } from "@/lib/chart";
import { displayDate } from "@/lib/dates";
import { ChartLegend } from "./ChartLegend";

const hrefOf = (m: ChartMark) =>
  `/${m.entry.kind === "event" ? "events" : "statements"}/${m.entry.record.id}`;
const titleOf = (m: ChartMark) =>
  m.entry.kind === "event" ? m.entry.record.title : m.entry.record.gist;

/** What a mark says in words: its record, kind, date and how precisely it is known. */
function markLabel(m: ChartMark): string {
  const d = displayDate(m.entry.record.date);
  const kind = m.entry.kind === "event" ? "Event" : "Statement";
  return `${kind}: ${titleOf(m)}. ${d.text}, ${d.precision}.`;
}

function Mark({ mark, clipId }: { mark: ChartMark; clipId: string }) {
  const r = CHART.radius;
  const cls = markClass(mark.entry.kind, mark.anchored);
  return (
    <a href={hrefOf(mark)} aria-label={markLabel(mark)} className="chart__link">
      <title>{markLabel(mark)}</title>
      {mark.shape === "point" ? (
        mark.entry.kind === "event" ? (
          <circle className={cls} cx={mark.x0} cy={mark.y} r={r} />
        ) : (
          <rect
            className={cls}
            x={mark.x0 - r}
            y={mark.y - r}
            width={2 * r}
            height={2 * r}
            transform={`rotate(45 ${mark.x0} ${mark.y})`}
          />
        )
      ) : (
        <>
          <rect
            className={`${cls} chart__span`}
            x={mark.x0}
            y={mark.y - 7}
            width={Math.max(2, mark.x1 - mark.x0)}
            height={14}
            rx={mark.entry.kind === "event" ? 7 : 0}
          />
          <clipPath id={clipId}>
            <rect
              x={mark.x0}
              y={mark.y - 7}
              width={Math.max(0, mark.x1 - mark.x0 - 14)}
              height={14}
            />
          </clipPath>
          {/* the whole title, cut by the span's edge: the link's name holds all its visible words */}
          <text
            className="chart__span-label"
            x={mark.x0 + 6}
            y={mark.y + 4}
            clipPath={`url(#${clipId})`}
          >
            {titleOf(mark)}
          </text>
          {mark.clipped.end ? (
            <path
              className={`${cls} chart__more`}
              d={`M${mark.x1 - 7} ${mark.y - 6} L${mark.x1} ${mark.y} L${mark.x1 - 7} ${mark.y + 6}`}
            />
          ) : null}
          {mark.clipped.start ? (
            <path
              className={`${cls} chart__more`}
              d={`M${mark.x0 + 7} ${mark.y - 6} L${mark.x0} ${mark.y} L${mark.x0 + 7} ${mark.y + 6}`}
            />
          ) : null}
        </>
      )}
    </a>
  );
}

/**
 * The story's events and statements on a time axis, drawn on the server as plain SVG: each mark
 * a link to its record, each date as precise as it is known, with the same records as a table, or
 * a link to where the page lists them in words (`list`), which then needs no second copy.
 */
export function TimelineChart({
  lanes,
  period,
  caption,
  list,
}: {
  lanes: readonly TimelineLane[];
  period: { start: string; end: string };
  caption: string;
  /** the id of a list on the page holding the chart's records in date order, in words */
  list?: string;
}) {
  const id = useId();
  const { from, to } = chartDomain(lanes, period);
  const layout = layoutChart(lanes, from, to);
  const count = lanes.reduce((n, l) => n + l.entries.length, 0);
  return (
    <figure className="chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`} className="chart__caption">
        {caption}
      </figcaption>
      <ChartLegend />
      <p className="chart__hint">
        The chart opens on its last days: scroll it sideways for the first.
      </p>
      <div className="chart__scroll">
        <svg
          className="chart__svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          aria-label={`${caption}: ${count} records; each mark links to its record`}
        >
          {layout.days.map((d, i) =>
            i % 2 ? (
              <rect
                key={d.x0}
                className="chart__band"
                x={d.x0}
                y={CHART.axis - 8}
                width={d.x1 - d.x0}
                height={layout.height - CHART.axis}
              />
            ) : null,
          )}
          {layout.ticks.map((t) => (
            <g key={t.x}>
              <line
                className="chart__tick"
                x1={t.x}
                x2={t.x}
                y1={CHART.axis - 12}
                y2={layout.height}
              />
              <text
                className={`chart__tick-label${t.major ? " chart__tick-label--major" : ""}`}
                x={t.x + 3}
                y={CHART.axis - 16}
              >
                {t.label}
              </text>
            </g>
          ))}
          {layout.lanes.map((lane) => (
            <g key={lane.key}>
              <line className="chart__lane-rule" x1={0} x2={layout.width} y1={lane.y} y2={lane.y} />
              <text
                className="chart__lane-label chart__lane-label--start"
                x={CHART.margin}
                y={lane.y + 16}
              >
                {lane.label} ({lane.marks.length})
              </text>
              <text
                className="chart__lane-label chart__lane-label--end"
                x={layout.width - CHART.margin}
                y={lane.y + 16}
                textAnchor="end"
              >
                {lane.label} ({lane.marks.length})
              </text>
              {lane.marks.map((m) => (
                <Mark
                  key={`${m.entry.kind}-${m.entry.record.id}`}
                  mark={m}
                  clipId={`${id}-${m.entry.record.id}`}
                />
              ))}
            </g>
          ))}
        </svg>
      </div>
      {list ? (
        <p className="chart__table">
          <a href={`#${list}`}>The chart in words</a>: every record below, in date order.
        </p>
      ) : (
        <ChartTable lanes={lanes} caption={caption} />
      )}
    </figure>
  );
}

/** The chart's records as a table: when, which lane, and a link to each. */
function ChartTable({ lanes, caption }: { lanes: readonly TimelineLane[]; caption: string }) {
  return (
    <details className="chart__table">
      <summary>The chart as a table</summary>
      <table>
        <caption className="visually-hidden">{caption}, as a table</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">
              {lanes.some((l) => l.key !== "event" && l.key !== "statement") ? "Lane" : "Kind"}
            </th>
            <th scope="col">Record</th>
          </tr>
        </thead>
        <tbody>
          {lanes.flatMap((lane) =>
            lane.entries.map((e) => (
              <tr key={`${e.kind}-${e.record.id}`}>
                <td>{formatDate(e.record.date)}</td>
                <td>{lane.label}</td>
                <td>
                  <a href={`/${e.kind === "event" ? "events" : "statements"}/${e.record.id}`}>
                    {e.kind === "event" ? e.record.title : e.record.gist}
                  </a>
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </details>
  );
}
