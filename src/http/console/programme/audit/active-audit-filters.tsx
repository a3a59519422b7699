import type { AuditChoices } from '../../../../domain/audit/audit-choices.js';
import { usePage } from '../../ui/page-context.js';
import { auditHref } from './audit-filter-form.js';
import { actionLabel, actorLabel } from './audit-labels.js';
import type { AuditPageQuery, AuditParam } from './audit-page-query.js';

/** Which filters are on, in words, each with a way to take it off, and one to take them all off. */
export function ActiveAuditFilters(props: { query: AuditPageQuery; choices: AuditChoices }) {
  const { t, f, language } = usePage();
  const { params, client, errors } = props.query;
  // A refused filter narrows nothing: the form says what is wrong with it.
  if (Object.keys(errors).length > 0) return null;
  const names = (clients: Array<{ name: string }>) => new Intl.ListFormat(language, { type: 'conjunction' }).format(clients.map((c) => c.name));
  const on: Array<[AuditParam, string]> = [];
  if (client?.kind === 'one') on.push(['clientId', t('audit-on-client', { name: client.name ?? t('audit-gone-client') })]);
  if (client?.kind === 'named') on.push(['client', t('audit-on-clients-named', { text: client.text, names: names(client.clients) })]);
  if (params.actor) on.push(['actor', t('audit-on-actor', { name: actorLabel(params.actor, props.choices, t) })]);
  if (params.action) on.push(['action', t('audit-on-action', { action: actionLabel(params.action, t) })]);
  if (params.from) on.push(['from', t('audit-on-from', { date: f.date(params.from) })]);
  if (params.to) on.push(['to', t('audit-on-to', { date: f.date(params.to) })]);
  if (on.length === 0) return null;
  return (
    <div class="active-filters" role="status">
      <span class="label">{t('audit-on')}</span>
      <ul class="chips">
        {on.map(([name, words]) => (
          <li key={name}>
            <span>{words}</span>
            <a href={auditHref(params, name === 'clientId' ? 'client' : name)} aria-label={t('audit-filter-remove', { filter: words })}>
              <span aria-hidden="true">✕</span>
            </a>
          </li>
        ))}
      </ul>
      <a href="/console/audit" class="clear">{t('audit-filters-clear')}</a>
    </div>
  );
}
