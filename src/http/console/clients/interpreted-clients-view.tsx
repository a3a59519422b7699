import type { ClientContext } from '../../../domain/people/contexts.js';
import { Empty } from '../ui/bits.js';
import { Layout } from '../ui/layout.js';
import { usePage } from '../ui/page-context.js';
import { clientPath } from './client-request.js';
import { languageName } from '../../../i18n/language-name.js';

/** An interpreter's clients: whom they interpret for now, each in the language they translate. */
export function InterpretedClientsView(props: { clients: ClientContext[] }) {
  const { t, language } = usePage();
  return (
    <Layout title={t('clients-title')}>
      <p class="result-count">{t('interpreting-clients-count', { count: props.clients.length })}</p>
      {props.clients.length === 0 ? (
        <div class="panel">
          <Empty>{t('interpreting-clients-none')}</Empty>
        </div>
      ) : (
        <div class="table-wrap">
          <table class="cards client-table">
            <caption class="visually-hidden">{t('clients-caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('clients-col-name')}</th>
                <th scope="col">{t('interpreting-col-language')}</th>
                <th scope="col">{t('clients-col-mentor')}</th>
              </tr>
            </thead>
            <tbody>
              {props.clients.map((client) => (
                <tr key={client.id}>
                  <td class="client-name" data-label={t('clients-col-name')}>
                    <a href={clientPath(client.id)}>{client.name}</a>
                    {client.status !== 'active' ? <span class="tag">{t(`client-status-${client.status}`)}</span> : null}
                  </td>
                  <td data-label={t('interpreting-col-language')}>{languageName(client.language, language)}</td>
                  <td data-label={t('clients-col-mentor')}>{client.mentor?.name ?? client.inactiveMentor?.name ?? <span class="muted">{t('clients-no-mentor')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
