import { maxResolutionNoteLength, type AlertRecord } from '../../../../domain/safety/alert-list.js';
import { Done } from '../../ui/bits.js';
import { Form, FormProblem, TextArea, type FormState } from '../../ui/form.js';
import { Layout } from '../../ui/layout.js';
import { Mood } from '../../ui/mood.js';
import { usePage } from '../../ui/page-context.js';
import { AcknowledgeButton, Acknowledged, AlertKind, RaisedAt } from './alert-parts.js';
import { alertDone } from './alerts-view.js';

/** One alert: what raised it, who has seen to it, and closing it with what was done. */
export function AlertView(props: { alert: AlertRecord; resolve: FormState; done: string | undefined }) {
  const { t, f } = usePage();
  const { alert } = props;
  return (
    <Layout title={t('alerts-page-title', { name: alert.clientName })}>
      <Done done={props.done} known={alertDone} />
      <div class="grid two">
        <section class="panel" aria-labelledby="alert-heading">
          <h2 id="alert-heading">
            <AlertKind alert={alert} />
          </h2>
          <dl class="facts">
            <dt>{t('alerts-client')}</dt>
            <dd>
              <a href={`/console/clients/${alert.clientId}`}>{alert.clientName}</a>
            </dd>
            <dt>{t('alerts-raised')}</dt>
            <dd>
              <RaisedAt alert={alert} />
            </dd>
            {alert.checkin ? (
              <>
                <dt>{t('alerts-page-checkin')}</dt>
                <dd>
                  {f.date(alert.checkin.date)} · <Mood mood={alert.checkin.mood} />
                </dd>
              </>
            ) : null}
            <dt>{t('alerts-mentor')}</dt>
            <dd>{alert.mentorName ?? t('alerts-no-mentor')}</dd>
            {alert.escalatedAt ? (
              <>
                <dt>{t('alerts-page-escalated')}</dt>
                <dd>{f.dateTime(alert.escalatedAt)}</dd>
              </>
            ) : null}
            <dt>{t('alerts-acknowledged')}</dt>
            <dd>
              <Acknowledged alert={alert} />
            </dd>
            {alert.resolvedAt ? (
              <>
                <dt>{t('alerts-resolved')}</dt>
                <dd>{t('alerts-resolved-by', { who: alert.resolvedBy ?? t('alerts-someone'), when: f.dateTime(alert.resolvedAt) })}</dd>
                <dt>{t('alerts-note')}</dt>
                <dd class="note">{alert.resolutionNote}</dd>
              </>
            ) : null}
          </dl>
          <p>
            <a href={`/console/clients/${alert.clientId}`}>{t('alerts-page-open-client', { name: alert.clientName })}</a>
          </p>
        </section>
        {alert.resolvedAt ? null : (
          <section class="panel" aria-labelledby="act-heading">
            <h2 id="act-heading">{t('alerts-page-act')}</h2>
            {alert.acknowledgedAt ? null : (
              <div class="stack">
                <p class="hint">{t('alerts-page-acknowledge-hint')}</p>
                <AcknowledgeButton alert={alert} back="alert" />
              </div>
            )}
            <Form action={`/console/alerts/${alert.id}/resolve`} class="stack resolve" label={t('alerts-page-resolve')}>
              <FormProblem state={props.resolve} />
              <TextArea
                name="note"
                label={t('alerts-page-note')}
                hint={t('alerts-page-note-hint')}
                state={props.resolve}
                rows={4}
                required
                maxLength={maxResolutionNoteLength}
              />
              <p>
                <button type="submit">{t('alerts-page-resolve')}</button>
              </p>
            </Form>
          </section>
        )}
      </div>
      <p>
        <a href="/console/alerts">{t('alerts-page-back')}</a>
      </p>
    </Layout>
  );
}
