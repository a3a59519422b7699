import { usePage } from './page-context.js';

/** A mood from 1 (very bad) to 5 (very good), in words and as a coloured mark; a dash for none. */
export function Mood(props: { mood: number | null | undefined }) {
  const { t } = usePage();
  if (props.mood === null || props.mood === undefined) return <span class="mood none">{t('mood-none')}</span>;
  return (
    <span class={`mood m${props.mood}`} title={t(`mood-${props.mood}`)}>
      <span aria-hidden="true" class="dot" />
      {`${props.mood}/5`}
      <span class="visually-hidden">{` ${t(`mood-${props.mood}`)}`}</span>
    </span>
  );
}

const width = 84;
const height = 20;

/**
 * A client's moods over recent days as a small line, drawn on the server as
 * SVG, so a list of sixty clients needs no script and no request more.
 * Days without an answer leave a gap.
 */
export function Sparkline(props: { moods: Array<number | null>; label: string }) {
  const { moods } = props;
  if (moods.every((mood) => mood === null)) return <span class="sparkline empty" aria-label={props.label} role="img" />;
  const step = moods.length > 1 ? width / (moods.length - 1) : 0;
  const y = (mood: number) => height - 2 - ((mood - 1) / 4) * (height - 4);
  const segments: string[] = [];
  let current: string[] = [];
  moods.forEach((mood, index) => {
    if (mood === null) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${(index * step).toFixed(1)},${y(mood).toFixed(1)}`);
  });
  if (current.length > 0) segments.push(current.join(' '));
  const lastIndex = moods.findLastIndex((mood) => mood !== null);
  const last = moods[lastIndex];
  return (
    <svg class="sparkline" width={width} height={height} viewBox={`-2 0 ${width + 4} ${height}`} role="img" aria-label={props.label}>
      {segments.map((points) =>
        points.includes(' ') ? <polyline key={points} points={points} fill="none" stroke="currentColor" stroke-width="1.5" /> : null,
      )}
      {last !== null && last !== undefined ? <circle cx={lastIndex * step} cy={y(last)} r="2.5" class={`m${last}`} /> : null}
    </svg>
  );
}
