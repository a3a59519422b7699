import { usePage } from '../ui/page-context.js';
import { clientPath } from './client-request.js';

/** What the service keeps about the client, for coordinators to hand over, or to erase, when the client asks. */
export function PrivacyPanel(props: { clientId: string; clientName: string }) {
  const { t } = usePage();
  return (
    <section id="privacy" class="panel" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{t('client-page-privacy')}</h2>
      <p>{t('client-page-privacy-export-what', { name: props.clientName })}</p>
      <p class="hint">{t('client-page-privacy-export-audited')}</p>
      <p class="actions">
        <a class="button" href={clientPath(props.clientId, '/export.zip')} download>
          {t('client-page-privacy-export')}
        </a>
        <a class="button danger" href={clientPath(props.clientId, '/erase')}>
          {t('privacy-erase-link')}
        </a>
      </p>
    </section>
  );
}
