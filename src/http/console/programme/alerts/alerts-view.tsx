import type { AlertRecord } from '../../../../domain/safety/alert-list.js';
import { Done, Empty } from '../../ui/bits.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';
import { AcknowledgeButton, Acknowledged, AlertKind, RaisedAt } from './alert-parts.js';

export const alertDone = ['alert-acknowledged', 'alert-already-acknowledged', 'alert-resolved', 'alert-already-resolved'] as const;

function OpenAlerts(props: { alerts: AlertRecord[]; labelledBy: string; showMentor: boolean }) {
  const { t } = usePage();
  return (
    <div class="table-wrap">
      <table class="cards alerts" aria-labelledby={props.labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('alerts-client')}</th>
            <th scope="col">{t('alerts-kind')}</th>
            <th scope="col">{t('alerts-raised')}</th>
            {props.showMentor ? <th scope="col">{t('alerts-mentor')}</th> : null}
            <th scope="col">{t('alerts-acknowledged')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('alerts-actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.alerts.map((alert) => (
            <tr key={alert.id}>
              <td data-label={t('alerts-client')}>
                <a href={`/console/clients/${alert.clientId}`}>{alert.clientName}</a>
              </td>
              <td data-label={t('alerts-kind')}>
                <AlertKind alert={alert} />
              </td>
              <td data-label={t('alerts-raised')}>
                <RaisedAt alert={alert} />
              </td>
              {props.showMentor ? <td data-label={t('alerts-mentor')}>{alert.mentorName ?? <span class="muted">{t('alerts-no-mentor')}</span>}</td> : null}
              <td data-label={t('alerts-acknowledged')}>
                <Acknowledged alert={alert} />
              </td>
              <td class="actions">
                {alert.acknowledgedAt ? null : <AcknowledgeButton alert={alert} back="list" />}
                <a class="button" href={`/console/alerts/${alert.id}`}>
                  {t('alerts-open-resolve')}
                  <span class="visually-hidden">{` ${t('alerts-about', { name: alert.clientName })}`}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ResolvedAlerts(props: { alerts: AlertRecord[]; labelledBy: string }) {
  const { t, f } = usePage();
  return (
    <div class="table-wrap">
      <table class="cards alerts" aria-labelledby={props.labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('alerts-client')}</th>
            <th scope="col">{t('alerts-kind')}</th>
            <th scope="col">{t('alerts-raised')}</th>
            <th scope="col">{t('alerts-resolved')}</th>
            <th scope="col">{t('alerts-note')}</th>
          </tr>
        </thead>
        <tbody>
          {props.alerts.map((alert) => (
            <tr key={alert.id}>
              <td data-label={t('alerts-client')}>
                <a href={`/console/alerts/${alert.id}`}>{alert.clientName}</a>
              </td>
              <td data-label={t('alerts-kind')}>
                <AlertKind alert={alert} />
              </td>
              <td data-label={t('alerts-raised')}>
                <RaisedAt alert={alert} />
              </td>
              <td data-label={t('alerts-resolved')}>
                {alert.resolvedAt ? t('alerts-resolved-by', { who: alert.resolvedBy ?? t('alerts-someone'), when: f.when(alert.resolvedAt) }) : null}
              </td>
              <td data-label={t('alerts-note')} class="note">{alert.resolutionNote}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Alerts in the order they need someone: nobody has looked yet, someone is
 * following up, and those closed in the last days with what was done.
 */
export function AlertsView(props: { alerts: AlertRecord[]; recentDays: number; mentorFilter: { id: string; name: string } | null; done: string | undefined }) {
  const { t, staff } = usePage();
  const showMentor = staff?.role === 'coordinator' && !props.mentorFilter;
  const unseen = props.alerts.filter((alert) => !alert.resolvedAt && !alert.acknowledgedAt);
  const following = props.alerts.filter((alert) => !alert.resolvedAt && alert.acknowledgedAt);
  const resolved = props.alerts.filter((alert) => alert.resolvedAt);
  return (
    <Layout title={t('alerts-title')}>
      <Done done={props.done} known={alertDone} />
      {props.mentorFilter ? (
        <p class="filter-note">
          {t('alerts-of-mentor', { name: props.mentorFilter.name })} <a href="/console/alerts">{t('alerts-show-all')}</a>
        </p>
      ) : null}
      <section class="panel" aria-labelledby="unseen-heading">
        <h2 id="unseen-heading">{t('alerts-unseen', { count: unseen.length })}</h2>
        {unseen.length === 0 ? <Empty>{t('alerts-none-unseen')}</Empty> : <OpenAlerts alerts={unseen} labelledBy="unseen-heading" showMentor={showMentor} />}
      </section>
      <section class="panel" aria-labelledby="following-heading">
        <h2 id="following-heading">{t('alerts-following', { count: following.length })}</h2>
        {following.length === 0 ? (
          <Empty>{t('alerts-none-following')}</Empty>
        ) : (
          <OpenAlerts alerts={following} labelledBy="following-heading" showMentor={showMentor} />
        )}
      </section>
      <section class="panel" aria-labelledby="resolved-heading">
        <h2 id="resolved-heading">{t('alerts-recent', { days: props.recentDays })}</h2>
        {resolved.length === 0 ? <Empty>{t('alerts-none-recent')}</Empty> : <ResolvedAlerts alerts={resolved} labelledBy="resolved-heading" />}
      </section>
    </Layout>
  );
}
