import { Empty } from '../ui/bits.js';
import { Mood } from '../ui/mood.js';
import { usePage } from '../ui/page-context.js';

/** The client's moods over the last 90 days as a chart, with the same said in words for whoever cannot see it. */
export function MoodPanel(props: { moods: Array<{ date: string; mood: number | null }> }) {
  const { t, f, language } = usePage();
  const answered = props.moods.filter((day): day is { date: string; mood: number } => day.mood !== null);
  const average = answered.length > 0 ? answered.reduce((sum, day) => sum + day.mood, 0) / answered.length : null;
  const last = answered[answered.length - 1];
  const summary =
    average === null
      ? t('client-page-mood-none', { days: props.moods.length })
      : t('client-page-mood-summary', {
          answered: answered.length,
          days: props.moods.length,
          average: new Intl.NumberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(average),
        });
  return (
    <section id="mood" class="panel" aria-labelledby="mood-heading">
      <h2 id="mood-heading">{t('client-page-mood', { days: props.moods.length })}</h2>
      {average === null ? (
        <Empty>{summary}</Empty>
      ) : (
        <>
          <p>
            {summary}
            {last ? (
              <>
                {' '}
                {t('client-page-mood-last', { date: f.date(last.date) })} <Mood mood={last.mood} />
              </>
            ) : null}
          </p>
          <div class="chart">
            <canvas data-mood-chart={JSON.stringify(props.moods)} data-label={t('client-page-mood-axis')} role="img" aria-label={summary}>
              {summary}
            </canvas>
          </div>
        </>
      )}
    </section>
  );
}
