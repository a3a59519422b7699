import type { TodayOverview } from '../../../domain/caseload/today.js';
import { CountLink, Empty } from '../ui/bits.js';
import { Layout } from '../ui/layout.js';
import { usePage } from '../ui/page-context.js';

const clientsWhere = (query: Record<string, string>) => `/console/clients?${new URLSearchParams(query).toString()}`;

function MoodBars(props: { moods: TodayOverview['moods'] }) {
  const { t, f } = usePage();
  const most = Math.max(1, ...props.moods);
  return (
    <ul class="mood-bars">
      {props.moods
        .map((count, index) => ({ count, mood: index + 1 }))
        .reverse()
        .map(({ count, mood }) => (
          <li key={mood}>
            <a href={clientsWhere({ checkin: 'answered', mood: String(mood) })}>
              <span class="label">{t(`mood-${mood}`)}</span>
              <svg class={`bar m${mood}`} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect width={(count / most) * 100} height="10" rx="2" />
              </svg>
              <span class="value">{f.number(count)}</span>
            </a>
          </li>
        ))}
    </ul>
  );
}

export function TodayView(props: { overview: TodayOverview }) {
  const { t, f, staff } = usePage();
  const { checkins, openAlerts, waiting, overdueTasks, deadDeliveries } = props.overview;
  const answeredToday = checkins.answered > 0 || checkins.asked > 0;
  return (
    <Layout title={staff?.role === 'coordinator' ? t('today-title-programme') : t('today-title-caseload')}>
      <section aria-labelledby="checkins-heading" class="panel">
        <h2 id="checkins-heading">{t('today-checkins')}</h2>
        <div class="counts">
          <CountLink href={clientsWhere({ checkin: 'asked' })} count={checkins.asked} label={t('checkin-asked')} />
          <CountLink href={clientsWhere({ checkin: 'answered' })} count={checkins.answered} label={t('checkin-answered')} tone="good" />
          <CountLink href={clientsWhere({ checkin: 'not-yet' })} count={checkins['not-yet']} label={t('checkin-not-yet')} />
          <CountLink href={clientsWhere({ checkin: 'missed' })} count={checkins.missed} label={t('checkin-missed')} tone={checkins.missed > 0 ? 'warn' : undefined} />
        </div>
      </section>

      <section aria-labelledby="moods-heading" class="panel">
        <h2 id="moods-heading">{t('today-moods')}</h2>
        {answeredToday ? <MoodBars moods={props.overview.moods} /> : <Empty>{t('today-no-checkins')}</Empty>}
      </section>

      <section aria-labelledby="alerts-heading" class="panel">
        <h2 id="alerts-heading">
          <a href="/console/alerts">{t('today-open-alerts', { count: openAlerts.length })}</a>
        </h2>
        {openAlerts.length === 0 ? (
          <Empty>{t('today-no-alerts')}</Empty>
        ) : (
          <ul class="rows">
            {openAlerts.map((alert) => (
              <li key={alert.id}>
                <a href={`/console/clients/${alert.clientId}`}>{alert.clientName}</a>
                <span class={`tag alert-${alert.kind}`}>{t(`alert-kind-${alert.kind}`)}</span>
                <span class="when">{f.ago(alert.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="waiting-heading" class="panel">
        <h2 id="waiting-heading">
          <a href={clientsWhere({ waiting: 'yes' })}>{t('today-waiting', { count: waiting.length })}</a>
        </h2>
        {waiting.length === 0 ? (
          <Empty>{t('today-no-waiting')}</Empty>
        ) : (
          <ul class="rows">
            {waiting.map((row) => (
              <li key={row.clientId}>
                <a href={`/console/clients/${row.clientId}`}>{row.clientName}</a>
                <span class="when">{t('waiting-since', { ago: f.ago(row.since) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="overdue-heading" class="panel">
        <h2 id="overdue-heading">
          <a href={clientsWhere({ overdue: 'yes' })}>{t('today-overdue', { count: overdueTasks.length })}</a>
        </h2>
        {overdueTasks.length === 0 ? (
          <Empty>{t('today-no-overdue')}</Empty>
        ) : (
          <ul class="rows">
            {overdueTasks.map((task) => (
              <li key={task.taskId}>
                <a href={`/console/clients/${task.clientId}#tasks`}>{task.clientName}</a>
                <span>{task.title}</span>
                <span class="when">{t('due-on', { date: f.date(task.dueDate) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {deadDeliveries !== null ? (
        <section aria-labelledby="deliveries-heading" class="panel">
          <h2 id="deliveries-heading">{t('today-deliveries')}</h2>
          <div class="counts">
            <CountLink href="/console/deliveries" count={deadDeliveries} label={t('deliveries-dead')} tone={deadDeliveries > 0 ? 'bad' : undefined} />
          </div>
        </section>
      ) : null}
    </Layout>
  );
}
