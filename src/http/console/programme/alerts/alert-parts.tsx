import type { AlertRecord } from '../../../../domain/safety/alert-list.js';
import { Form } from '../../ui/form.js';
import { usePage } from '../../ui/page-context.js';

export function AlertKind(props: { alert: AlertRecord }) {
  const { t } = usePage();
  return <span class={`tag alert-${props.alert.kind}`}>{t(`alert-kind-${props.alert.kind}`)}</span>;
}

/** When it was raised: the time, and how long ago, which is what matters to someone in trouble. */
export function RaisedAt(props: { alert: AlertRecord }) {
  const { f } = usePage();
  return (
    <span class="when-pair">
      <time dateTime={props.alert.createdAt.toISOString()}>{f.when(props.alert.createdAt)}</time>
      <span class="muted">{f.ago(props.alert.createdAt)}</span>
    </span>
  );
}

/** Who acknowledged it and when, or that nobody has yet. */
export function Acknowledged(props: { alert: AlertRecord }) {
  const { t, f } = usePage();
  const { acknowledgedAt, acknowledgedBy } = props.alert;
  if (!acknowledgedAt) return <span class="tag bad">{t('alerts-not-acknowledged')}</span>;
  return <span>{t('alerts-acknowledged-by', { who: acknowledgedBy ?? t('alerts-someone'), when: f.when(acknowledgedAt) })}</span>;
}

/** "Seen, I will follow up": from the list it comes back to the list, from the alert's page to that page. */
export function AcknowledgeButton(props: { alert: AlertRecord; back: 'list' | 'alert' }) {
  const { t } = usePage();
  return (
    <Form action={`/console/alerts/${props.alert.id}/acknowledge`} class="inline" label={t('alerts-acknowledge-about', { name: props.alert.clientName })}>
      <input type="hidden" name="back" value={props.back} />
      <button type="submit" class="primary">
        {t('alerts-acknowledge')}
        <span class="visually-hidden">{` ${t('alerts-about', { name: props.alert.clientName })}`}</span>
      </button>
    </Form>
  );
}
