import type { Page } from '../../../../core/pagination.js';
import type { UndeliveredRecord } from '../../../../outbox/delivery-admin.js';
import { Done, Empty, NextPage } from '../../ui/bits.js';
import { Form } from '../../ui/form.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';

const knownKinds = new Set(['text', 'photo', 'document', 'voice', 'video', 'location', 'menu']);

/** Whom it was for, linked to their page; a chat of no one's (the coordinators' group) by its id. */
function Recipient(props: { delivery: UndeliveredRecord }) {
  const { t } = usePage();
  const { recipient, aboutClientName, channel, chatId } = props.delivery;
  return (
    <span class="who">
      {recipient ? (
        <a href={recipient.kind === 'client' ? `/console/clients/${recipient.id}` : `/console/mentors/${recipient.id}`}>{recipient.name}</a>
      ) : (
        <span>{t('deliveries-page-chat', { chat: chatId })}</span>
      )}
      <span class="muted">
        {recipient ? t(`deliveries-page-${recipient.kind}`) : null} · {t(`channel-${channel}`)}
      </span>
      {aboutClientName ? <span class="muted">{t('deliveries-page-about', { name: aboutClientName })}</span> : null}
    </span>
  );
}

function RetryButton(props: { delivery: UndeliveredRecord }) {
  const { t } = usePage();
  const name = props.delivery.recipient?.name ?? props.delivery.chatId;
  return (
    <Form action={`/console/deliveries/${props.delivery.id}/retry`} label={t('deliveries-page-retry-to', { name })}>
      <button type="submit" class="primary">
        {t('deliveries-page-retry')}
        <span class="visually-hidden">{` ${t('deliveries-page-retry-to', { name })}`}</span>
      </button>
    </Form>
  );
}

/** Messages that did not arrive, newest first, with the platform's reason and a way to send each again. */
export function DeliveriesView(props: { page: Page<UndeliveredRecord>; cursor: string | undefined; done: string | undefined }) {
  const { t, f } = usePage();
  const { items } = props.page;
  return (
    <Layout title={t('deliveries-page-title')}>
      <Done done={props.done} known={['delivery-retried', 'delivery-not-retryable']} />
      <p class="lead">{t('deliveries-page-intro')}</p>
      <section class="panel" aria-labelledby="undelivered-heading">
        <h2 id="undelivered-heading">{props.cursor ? t('deliveries-page-older') : t('deliveries-page-list')}</h2>
        {items.length === 0 ? (
          <Empty>{t('deliveries-page-none')}</Empty>
        ) : (
          <div class="table-wrap">
            <table class="cards deliveries">
              <thead>
                <tr>
                  <th scope="col">{t('deliveries-page-when')}</th>
                  <th scope="col">{t('deliveries-page-for')}</th>
                  <th scope="col">{t('deliveries-page-what')}</th>
                  <th scope="col">{t('deliveries-page-status')}</th>
                  <th scope="col">{t('deliveries-page-reason')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t('deliveries-page-actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((delivery) => (
                  <tr key={delivery.id}>
                    <td data-label={t('deliveries-page-when')}>
                      <span class="when-pair">
                        <time dateTime={delivery.createdAt.toISOString()}>{f.when(delivery.createdAt)}</time>
                        <span class="muted">{f.ago(delivery.createdAt)}</span>
                      </span>
                    </td>
                    <td data-label={t('deliveries-page-for')}>
                      <Recipient delivery={delivery} />
                    </td>
                    <td data-label={t('deliveries-page-what')}>{knownKinds.has(delivery.kind) ? t(`deliveries-page-kind-${delivery.kind}`) : delivery.kind}</td>
                    <td data-label={t('deliveries-page-status')}>
                      <span class="who">
                        <span class={delivery.status === 'dead' ? 'tag bad' : 'tag warn'}>{t(`deliveries-page-status-${delivery.status}`)}</span>
                        <span class="muted">{t('deliveries-page-attempts', { count: delivery.attempts })}</span>
                      </span>
                    </td>
                    <td data-label={t('deliveries-page-reason')} class="reason">
                      {delivery.lastError ?? <span class="muted">{t('deliveries-page-no-reason')}</span>}
                    </td>
                    <td class="actions">
                      <RetryButton delivery={delivery} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <NextPage nextCursor={props.page.nextCursor} query={{}} />
        {props.cursor ? (
          <p>
            <a href="/console/deliveries">{t('deliveries-page-newest')}</a>
          </p>
        ) : null}
      </section>
      <p class="hint">{t('deliveries-page-explain')}</p>
    </Layout>
  );
}
