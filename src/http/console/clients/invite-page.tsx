import { InviteCard, type ShownInvite } from '../invite-card.js';
import { Layout } from '../ui/layout.js';
import { usePage } from '../ui/page-context.js';
import { clientPath } from './client-request.js';

/** A client's new invite, on a page of its own to print or show across the desk. */
export function InvitePage(props: { clientId: string; name: string; invite: ShownInvite }) {
  const { t } = usePage();
  return (
    <Layout title={t('client-page-invite-title', { name: props.name })} narrow>
      <InviteCard invite={props.invite} name={props.name} />
      <p>
        <a href={clientPath(props.clientId, '#access')}>{t('client-page-back', { name: props.name })}</a>
      </p>
    </Layout>
  );
}
