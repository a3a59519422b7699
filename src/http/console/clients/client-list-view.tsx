import type { ClientDirectoryPage, ClientRow } from '../../../domain/caseload/client-directory.js';
import { Empty, NextPage } from '../ui/bits.js';
import { Layout } from '../ui/layout.js';
import { Mood, Sparkline } from '../ui/mood.js';
import { usePage } from '../ui/page-context.js';
import { ActiveFilters, FilterForm, type FilterChoices } from './client-filters.js';
import { clientListHref, filterNames, type ClientListQuery } from './client-list-query.js';
import { ChannelTags } from './channel-tags.js';

function LastContact(props: { at: Date | null }) {
  const { t, f } = usePage();
  if (!props.at) return <span class="muted">{t('clients-never')}</span>;
  return (
    <time datetime={props.at.toISOString()} title={f.dateTime(props.at)}>
      {f.ago(props.at)}
    </time>
  );
}

function MoodCell(props: { row: ClientRow }) {
  const { t } = usePage();
  const answered = props.row.moods14.filter((mood) => mood !== null).length;
  return (
    <span class="mood-cell">
      <Mood mood={props.row.lastMood} />
      <Sparkline moods={props.row.moods14} label={t('clients-sparkline', { answered })} />
    </span>
  );
}

function ClientTableRow(props: { row: ClientRow; showMentor: boolean }) {
  const { t, f } = usePage();
  const { row } = props;
  return (
    <tr>
      <td class="client-name" data-label={t('clients-col-name')}>
        <a href={`/console/clients/${row.id}`}>{row.name}</a>
        {row.status !== 'active' ? <span class="tag">{t(`client-status-${row.status}`)}</span> : null}
        {row.openAlerts > 0 ? <span class="tag bad">{t('client-page-open-alerts', { count: row.openAlerts })}</span> : null}
      </td>
      {props.showMentor ? <td data-label={t('clients-col-mentor')}>{row.mentorName ?? <span class="muted">{t('clients-no-mentor')}</span>}</td> : null}
      <td data-label={t('clients-col-channels')}>
        <ChannelTags channels={row.channels} />
      </td>
      <td data-label={t('clients-col-last-contact')}>
        <LastContact at={row.lastContactAt} />
      </td>
      <td data-label={t('clients-col-mood')}>
        <MoodCell row={row} />
      </td>
      <td class="number" data-label={t('clients-col-open-tasks')}>
        {row.openTasks > 0 ? <a href={`/console/clients/${row.id}#tasks`}>{f.number(row.openTasks)}</a> : f.number(0)}
      </td>
      <td data-label={t('clients-col-waiting')}>
        {row.waitingSince ? (
          <a class="tag warn" href={`/console/clients/${row.id}#thread`}>
            {t('waiting-since', { ago: f.ago(row.waitingSince) })}
          </a>
        ) : (
          <span class="muted">{t('clients-not-waiting')}</span>
        )}
      </td>
    </tr>
  );
}

/** Every client the staff member may see, narrowed as asked, a page at a time. */
export function ClientListView(props: { page: ClientDirectoryPage; query: ClientListQuery; choices: FilterChoices }) {
  const { t } = usePage();
  const { page, query, choices } = props;
  const showMentor = choices.mentors !== null;
  const filtered = filterNames.some((name) => query[name] !== undefined);
  return (
    <Layout title={t('clients-title')}>
      <FilterForm query={query} choices={choices} />
      <ActiveFilters query={query} choices={choices} />
      <p class="result-count" aria-live="polite">{t('clients-count', { count: page.total })}</p>
      {page.items.length === 0 ? (
        <div class="panel">
          <Empty>{filtered ? t('clients-none-match') : t('clients-none-yet')}</Empty>
          {filtered ? (
            <p>
              <a href="/console/clients">{t('clients-filters-clear')}</a>
            </p>
          ) : null}
        </div>
      ) : (
        <div class="table-wrap">
          <table class="cards client-table">
            <caption class="visually-hidden">{t('clients-caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('clients-col-name')}</th>
                {showMentor ? <th scope="col">{t('clients-col-mentor')}</th> : null}
                <th scope="col">{t('clients-col-channels')}</th>
                <th scope="col">{t('clients-col-last-contact')}</th>
                <th scope="col">{t('clients-col-mood')}</th>
                <th scope="col" class="number">{t('clients-col-open-tasks')}</th>
                <th scope="col">{t('clients-col-waiting')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((row) => (
                <ClientTableRow key={row.id} row={row} showMentor={showMentor} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav class="pages" aria-label={t('clients-pages')}>
        {query.cursor ? (
          <p class="pager">
            <a href={clientListHref(query)}>{t('clients-first-page')}</a>
          </p>
        ) : null}
        <NextPage nextCursor={page.nextCursor} query={Object.fromEntries(filterNames.map((name) => [name, query[name] === undefined ? undefined : String(query[name])]))} />
      </nav>
    </Layout>
  );
}
