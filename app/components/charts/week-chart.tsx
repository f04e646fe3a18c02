import { useId } from "react";
import "./week-chart.css";

export type ChartSeries = {
  label: string;
  values: readonly number[];
  /** CSS colour of the series (a DSFR variable). */
  color: string;
};

type WeekChartProps = {
  title: string;
  /** One label per column, e.g. the weeks. */
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Bars side by side, or a line per series. */
  kind: "bars" | "line";
  /** Heading of the first column of the data table. */
  categoryHeader: string;
  /** The label that opens the table of figures. */
  dataSummary: string;
};

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { top: 12, right: 12, bottom: 28, left: 36 };

/** A round top for the axis: 1, 2, 5 × 10^n at or above the highest value. */
function niceMax(value: number): number {
  if (value <= 4) return 4;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/**
 * A small chart over weeks, drawn in SVG, with its numbers in a table underneath for screen
 * readers and for anyone who prefers figures (RGAA: the information is not in the picture alone).
 */
export function WeekChart({
  title,
  categories,
  series,
  kind,
  categoryHeader,
  dataSummary,
}: WeekChartProps) {
  const titleId = useId();
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const column = plotW / Math.max(1, categories.length);
  const y = (v: number) => PAD.top + plotH - (v / max) * plotH;
  const ticks = [0, max / 2, max];
  const labelEvery = Math.ceil(categories.length / 6);
  return (
    <figure className="week-chart fr-mb-4w">
      <figcaption id={titleId} className="fr-text--bold fr-mb-1w">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        className="week-chart__svg"
      >
        <title>{title}</title>
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              className="week-chart__grid"
            />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="week-chart__tick">
              {tick}
            </text>
          </g>
        ))}
        {categories.map((category, i) =>
          i % labelEvery === 0 ? (
            <text
              key={category}
              x={PAD.left + column * (i + 0.5)}
              y={HEIGHT - 8}
              textAnchor="middle"
              className="week-chart__tick"
            >
              {category}
            </text>
          ) : null,
        )}
        {kind === "bars"
          ? series.map((s, si) => {
              const barW = (column * 0.7) / series.length;
              return s.values.map((v, i) => (
                <rect
                  // The value's column and series place it.
                  // biome-ignore lint/suspicious/noArrayIndexKey: the columns never reorder.
                  key={`${si}-${i}`}
                  x={PAD.left + column * i + column * 0.15 + barW * si}
                  y={y(v)}
                  width={barW}
                  height={Math.max(0, PAD.top + plotH - y(v))}
                  fill={s.color}
                />
              ));
            })
          : series.map((s) => (
              <polyline
                key={s.label}
                fill="none"
                stroke={s.color}
                strokeWidth={3}
                points={s.values
                  .map((v, i) => `${PAD.left + column * (i + 0.5)},${y(v)}`)
                  .join(" ")}
              />
            ))}
      </svg>
      {series.length > 1 && (
        <ul className="week-chart__legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.label}>
              <span className="week-chart__swatch" style={{ backgroundColor: s.color }} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <details className="fr-mt-1w">
        <summary>{dataSummary}</summary>
        <table className="fr-table week-chart__table">
          <caption className="fr-sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryHeader}</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((category, i) => (
              <tr key={category}>
                <th scope="row">{category}</th>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
