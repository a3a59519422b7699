import type { ClientImport } from '../../../../domain/people/client-import-result.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';

/** The clients a file enrolled, each linked to their page, where their invite is made. */
export function ImportDoneView(props: { done: ClientImport }) {
  const { t, f } = usePage();
  const { clients } = props.done;
  return (
    <Layout title={t('import-done-title', { count: clients.length })}>
      <p class="done" role="status">{t('import-done', { count: clients.length, when: f.dateTime(props.done.at) })}</p>
      <p class="lead">{t('import-done-next')}</p>
      <section class="panel" aria-labelledby="import-done-heading">
        <div class="panel-head">
          <h2 id="import-done-heading">{t('import-done-clients')}</h2>
          <div class="actions">
            <a class="button" href="/console/enrol/import">{t('import-again')}</a>
            <a class="button" href="/console/clients">{t('import-all-clients')}</a>
          </div>
        </div>
        <div class="table-wrap">
          <table class="cards">
            <thead>
              <tr>
                <th scope="col">{t('import-done-name')}</th>
                <th scope="col">{t('import-done-mentor')}</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((client) => (
                <tr key={client.id}>
                  <td data-label={t('import-done-name')}>
                    <a href={`/console/clients/${client.id}`}>{client.name}</a>
                  </td>
                  <td data-label={t('import-done-mentor')}>{client.mentorName ?? <span class="muted">{t('import-no-mentor')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Layout>
  );
}
