/** Charts drawn on the server as SVG: they need no script, print as they look, and read out as text. */

export interface Bar {
  label: string;
  value: number | null;
  /** The value as the reader reads it, such as "3.4" or "–" for none. */
  shown: string;
}

const barWidth = 46;
const gap = 24;
const plotHeight = 140;
const top = 22;
const bottom = 30;

/** Vertical bars, one per label (a month), with each value written above its bar. */
export function ColumnChart(props: { title: string; bars: Bar[]; max?: number; description: string }) {
  const largest = props.max ?? Math.max(1, ...props.bars.map((bar) => bar.value ?? 0));
  const width = Math.max(320, props.bars.length * (barWidth + gap) + gap);
  const height = top + plotHeight + bottom;
  return (
    <figure class="report-chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={props.description} preserveAspectRatio="xMinYMin meet">
        <line x1="0" x2={width} y1={top + plotHeight} y2={top + plotHeight} class="axis" />
        {props.bars.map((bar, index) => {
          const x = gap + index * (barWidth + gap);
          const barHeight = bar.value === null ? 0 : Math.round((bar.value / largest) * plotHeight);
          return (
            <g key={bar.label}>
              <rect x={x} y={top + plotHeight - barHeight} width={barWidth} height={barHeight} rx="3" class="bar" />
              <text x={x + barWidth / 2} y={top + plotHeight - barHeight - 6} text-anchor="middle" class="value">{bar.shown}</text>
              <text x={x + barWidth / 2} y={top + plotHeight + 18} text-anchor="middle" class="label">{bar.label}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Horizontal bars, one per group, each with its count, scaled to the largest. */
export function ShareChart(props: { title: string; groups: Array<{ label: string; clients: number; shown: string }>; description: string }) {
  const largest = Math.max(1, ...props.groups.map((group) => group.clients));
  const rowHeight = 26;
  const labelWidth = 190;
  const plotWidth = 220;
  const width = labelWidth + plotWidth + 50;
  const height = Math.max(1, props.groups.length) * rowHeight + 4;
  return (
    <figure class="report-chart share">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={props.description} preserveAspectRatio="xMinYMin meet">
        {props.groups.map((group, index) => {
          const y = index * rowHeight + 4;
          const barWidthHere = Math.max(2, Math.round((group.clients / largest) * plotWidth));
          return (
            <g key={group.label}>
              <title>{`${group.label}: ${group.shown}`}</title>
              <text x={labelWidth - 8} y={y + 15} text-anchor="end" class="label">{group.label.length > 27 ? `${group.label.slice(0, 26)}…` : group.label}</text>
              <rect x={labelWidth} y={y} width={barWidthHere} height={rowHeight - 8} rx="3" class="bar" />
              <text x={labelWidth + barWidthHere + 6} y={y + 15} class="value">{group.shown}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
