import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';

/** Enrolment starts by saying whom: a client (most days) or a mentor. */
export function EnrolChoice() {
  const { t } = usePage();
  return (
    <Layout title={t('enrol-title')}>
      <div class="grid halves">
        <section class="panel choice" aria-labelledby="enrol-client-heading">
          <h2 id="enrol-client-heading">{t('enrol-client-title')}</h2>
          <p>{t('enrol-client-what')}</p>
          <p class="hint">{t('import-what')}</p>
          <p class="actions">
            <a class="button primary" href="/console/enrol/client">{t('enrol-client-start')}</a>
            <a class="button" href="/console/enrol/import">{t('import-start')}</a>
          </p>
        </section>
        <section class="panel choice" aria-labelledby="enrol-mentor-heading">
          <h2 id="enrol-mentor-heading">{t('enrol-mentor-title')}</h2>
          <p>{t('enrol-mentor-what')}</p>
          <p>
            <a class="button primary" href="/console/enrol/mentor">{t('enrol-mentor-start')}</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}
