import { usePage } from '../ui/page-context.js';

/** One stretch of someone serving a client: a mentor or an interpreter, from when to when. */
export interface ServedStretch {
  name: string;
  startedAt: Date;
  endedAt: Date | null;
}

/** Who served the client, newest first, with the current one marked. */
export function ServedHistory(props: { stretches: ServedStretch[] }) {
  const { t, f } = usePage();
  return (
    <ol class="rows assignments">
      {props.stretches.map((stretch) => (
        <li key={`${stretch.name}:${stretch.startedAt.toISOString()}`}>
          <strong>{stretch.name}</strong>
          <span class="when">
            {stretch.endedAt
              ? t('client-page-assignment-from-to', { from: f.dateTime(stretch.startedAt), to: f.dateTime(stretch.endedAt) })
              : t('client-page-assignment-since', { from: f.dateTime(stretch.startedAt) })}
          </span>
          {stretch.endedAt ? null : <span class="tag good">{t('client-page-assignment-current')}</span>}
        </li>
      ))}
    </ol>
  );
}
