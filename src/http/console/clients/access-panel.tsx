import type { InviteRecord } from '../../../domain/people/invites.js';
import { Done, Empty } from '../ui/bits.js';
import { FormProblem, type FormState } from '../ui/form.js';
import { usePage } from '../ui/page-context.js';
import { doneIn } from './client-done.js';
import { ActionForm } from './action-form.js';
import { clientPath } from './client-request.js';
import type { ShownAccount } from './client-page-data.js';

/** The chats that reach the client, the invites that may still bind one, and a new invite. */
export function AccessPanel(props: { clientId: string; clientName: string; accounts: ShownAccount[]; invites: InviteRecord[]; state: FormState | undefined; done: string | undefined }) {
  const { t, f } = usePage();
  const { clientId, clientName } = props;
  return (
    <section id="access" class="panel" aria-labelledby="access-heading">
      <h2 id="access-heading">{t('client-page-access')}</h2>
      <Done done={props.done} known={doneIn.access} />
      {props.state ? <FormProblem state={props.state} /> : null}
      <h3>{t('client-page-accounts')}</h3>
      {props.accounts.length === 0 ? (
        <Empty>{t('client-page-accounts-none', { name: clientName })}</Empty>
      ) : (
        <ul class="rows">
          {props.accounts.map((account) => (
            <li key={account.id}>
              <strong>{t(`channel-${account.channel}`)}</strong>
              <span class={`tag account-${account.status}`}>{t(`client-page-account-${account.status}`)}</span>
              <span class="when">
                {account.revokedAt ? t('client-page-account-revoked-on', { when: f.dateTime(account.revokedAt) }) : t('client-page-account-since', { when: f.dateTime(account.createdAt) })}
              </span>
              {account.unreachableReason ? <span class="muted">{account.unreachableReason}</span> : null}
              {account.window ? (
                <>
                  <span class={`tag ${account.window.open ? 'good' : 'warn'}`}>
                    {t(account.window.open ? 'client-page-window-open' : 'client-page-window-closed', { when: f.dateTime(account.window.until) })}
                  </span>
                  {account.window.open ? null : <span class="muted">{t('client-page-window-closed-note')}</span>}
                </>
              ) : null}
              {account.status !== 'revoked' ? (
                <ActionForm
                  action={clientPath(clientId, `/accounts/${account.id}/revoke`)}
                  confirm={t('client-page-account-revoke-confirm', { name: clientName, channel: t(`channel-${account.channel}`) })}
                  label={t('client-page-account-revoke-label', { channel: t(`channel-${account.channel}`) })}
                >
                  <button type="submit" class="danger">{t('client-page-revoke')}</button>
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('client-page-invites')}</h3>
      {props.invites.length === 0 ? (
        <Empty>{t('client-page-invites-none')}</Empty>
      ) : (
        <ul class="rows">
          {props.invites.map((invite) => (
            <li key={invite.id}>
              <span>{t('client-page-invite-open', { made: f.dateTime(invite.createdAt), until: f.dateTime(invite.expiresAt) })}</span>
              <ActionForm
                action={clientPath(clientId, `/invites/${invite.id}/revoke`)}
                confirm={t('client-page-invite-revoke-confirm')}
                label={t('client-page-invite-revoke-label', { made: f.dateTime(invite.createdAt) })}
              >
                <button type="submit" class="danger">{t('client-page-revoke')}</button>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
      <ActionForm action={clientPath(clientId, '/invites')} class="stack new-invite" label={t('client-page-invite-new')}>
        <p class="hint">{t('client-page-invite-hint', { name: clientName })}</p>
        <div>
          <button type="submit" class="primary">{t('client-page-invite-new')}</button>
        </div>
      </ActionForm>
    </section>
  );
}
