import type { Page } from '../../../../core/pagination.js';
import type { AuditChoices } from '../../../../domain/audit/audit-choices.js';
import type { AuditTrailEntry } from '../../../../domain/audit/audit-trail.js';
import { describeEntry } from '../../../../domain/audit/describe-entry.js';
import { Empty, NextPage } from '../../ui/bits.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';
import { ActiveAuditFilters } from './active-audit-filters.js';
import { AuditFilterForm, auditHref } from './audit-filter-form.js';
import type { AuditPageQuery } from './audit-page-query.js';

/** One entry: when, the sentence, a line for each of several changes, and the client's page while they exist. */
function Entry(props: { entry: AuditTrailEntry }) {
  const { t, f, language } = usePage();
  const { entry } = props;
  const told = describeEntry(entry, { t, language, date: f.date });
  const { clientId, clientName } = entry.subject;
  return (
    <li>
      <span class="meta">
        <time datetime={entry.at.toISOString()}>{f.dateTime(entry.at)}</time>
        {clientId && clientName ? (
          <>
            {' · '}
            <a href={`/console/clients/${clientId}`}>{t('audit-client-page', { name: clientName })}</a>
          </>
        ) : null}
      </span>
      <p>{told.sentence}</p>
      {told.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </li>
  );
}

/** What is shown under the filter: the entries, or why there are none. */
function Entries(props: { query: AuditPageQuery; page: Page<AuditTrailEntry> | null; cursorRefused: boolean }) {
  const { t } = usePage();
  const { query, page } = props;
  if (props.cursorRefused) {
    return (
      <p class="problem">
        {t('audit-bad-cursor')} <a href={auditHref(query.params)}>{t('audit-newest')}</a>
      </p>
    );
  }
  if (!page) return null;
  if (query.client?.kind === 'named' && query.client.clients.length === 0) return <Empty>{t('audit-no-client-named', { text: query.client.text })}</Empty>;
  if (page.items.length === 0) return <Empty>{t('audit-none')}</Empty>;
  return (
    <ol class="notes">
      {page.items.map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
    </ol>
  );
}

/** The audit trail for coordinators: the filter, the filters on, and the entries newest first, a page at a time. */
export function AuditView(props: { query: AuditPageQuery; choices: AuditChoices; page: Page<AuditTrailEntry> | null; cursorRefused: boolean }) {
  const { t } = usePage();
  const { query, page } = props;
  const { cursor, ...kept } = query.params;
  return (
    <Layout title={t('audit-title')}>
      <p class="lead">{t('audit-intro')}</p>
      <AuditFilterForm query={query} choices={props.choices} />
      <ActiveAuditFilters query={query} choices={props.choices} />
      <section class="panel" aria-labelledby="audit-entries-heading">
        <h2 id="audit-entries-heading">{cursor ? t('audit-older') : t('audit-entries')}</h2>
        <Entries query={query} page={page} cursorRefused={props.cursorRefused} />
        {page ? <NextPage nextCursor={page.nextCursor} query={kept} /> : null}
        {cursor ? (
          <p>
            <a href={auditHref(query.params)}>{t('audit-newest')}</a>
          </p>
        ) : null}
      </section>
    </Layout>
  );
}
