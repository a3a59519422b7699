import type { ComponentChildren } from 'preact';
import type { TodayOverview } from '../../../domain/caseload/today.js';
import type { OpenErasureRequest } from '../../../domain/privacy/erasure-requests.js';
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

/** A titled list that links to the whole list behind it, or says there is nothing. */
function ListPanel(props: { id: string; title: string; href: string; empty: string; children: ComponentChildren[] }) {
  return (
    <section aria-labelledby={props.id} class="panel">
      <h2 id={props.id}>
        <a href={props.href}>{props.title}</a>
      </h2>
      {props.children.length === 0 ? <Empty>{props.empty}</Empty> : <ul class="rows">{props.children}</ul>}
    </section>
  );
}

/** Clients who asked, in the bot, for their data to be erased: each links to where it is done. */
function ErasureRequests(props: { requests: OpenErasureRequest[] }) {
  const { t, f } = usePage();
  if (props.requests.length === 0) return null;
  return (
    <section aria-labelledby="erasure-requests-heading" class="panel">
      <h2 id="erasure-requests-heading">{t('today-erasure-requests', { count: props.requests.length })}</h2>
      <ul class="rows">
        {props.requests.map((request) => (
          <li key={request.id}>
            <a href={`/console/clients/${request.clientId}/erase`}>{t('today-erasure-request', { name: request.clientName, when: f.when(request.requestedAt) })}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TodayView(props: { overview: TodayOverview; erasureRequests: OpenErasureRequest[] }) {
  const { t, f, staff } = usePage();
  const { checkins, openAlerts, waiting, overdueTasks, deadDeliveries } = props.overview;
  return (
    <Layout title={staff?.role === 'coordinator' ? t('today-title-programme') : t('today-title-caseload')}>
      <div class="grid halves">
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
          {checkins.answered > 0 ? <MoodBars moods={props.overview.moods} /> : <Empty>{t('today-no-checkins')}</Empty>}
        </section>
      </div>

      <div class="grid halves">
        <ListPanel id="alerts-heading" title={t('today-open-alerts', { count: openAlerts.length })} href="/console/alerts" empty={t('today-no-alerts')}>
          {openAlerts.map((alert) => (
            <li key={alert.id}>
              <a href={`/console/clients/${alert.clientId}`}>{alert.clientName}</a>
              <span class={`tag alert-${alert.kind}`}>{t(`alert-kind-${alert.kind}`)}</span>
              <span class="when">{f.ago(alert.createdAt)}</span>
            </li>
          ))}
        </ListPanel>
        <ListPanel id="waiting-heading" title={t('today-waiting', { count: waiting.length })} href={clientsWhere({ waiting: 'yes' })} empty={t('today-no-waiting')}>
          {waiting.map((row) => (
            <li key={row.clientId}>
              <a href={`/console/clients/${row.clientId}`}>{row.clientName}</a>
              <span class="when">{t('waiting-since', { ago: f.ago(row.since) })}</span>
            </li>
          ))}
        </ListPanel>
        <ListPanel id="overdue-heading" title={t('today-overdue', { count: overdueTasks.length })} href={clientsWhere({ overdue: 'yes' })} empty={t('today-no-overdue')}>
          {overdueTasks.map((task) => (
            <li key={task.taskId}>
              <a href={`/console/clients/${task.clientId}#tasks`}>{task.clientName}</a>
              <span>{task.title}</span>
              <span class="when">{t('due-on', { date: f.date(task.dueDate) })}</span>
            </li>
          ))}
        </ListPanel>
        <ErasureRequests requests={props.erasureRequests} />
        {deadDeliveries !== null ? (
          <section aria-labelledby="deliveries-heading" class="panel">
            <h2 id="deliveries-heading">{t('today-deliveries')}</h2>
            <div class="counts">
              <CountLink href="/console/deliveries" count={deadDeliveries} label={t('deliveries-dead')} tone={deadDeliveries > 0 ? 'bad' : undefined} />
            </div>
          </section>
        ) : null}
      </div>
    </Layout>
  );
}
