import type { ConsoleText } from '../console-text.js';
import { channels, clientStatuses } from '../../../db/database.js';
import { emptyForm, Select } from '../ui/form.js';
import { usePage } from '../ui/page-context.js';
import { clientListHref, filterNames, type ClientListQuery, type FilterName } from './client-list-query.js';
import { languageName } from '../../../i18n/language-name.js';

export interface FilterChoices {
  programmes: string[];
  languages: string[];
  /** Only for coordinators: a mentor sees their own clients alone. */
  mentors: Array<{ id: string; name: string }> | null;
}

/** Filters set by a link from Today rather than the form: carried along when the form is sent. */
const linkedFilters = ['checkin', 'mood', 'waiting', 'overdue'] as const;

/** Search by name and the choices to narrow the list by; sent as an address, so a filtered list can be bookmarked. */
export function FilterForm(props: { query: ClientListQuery; choices: FilterChoices }) {
  const { t, language } = usePage();
  const { query, choices } = props;
  const any = { value: '', label: t('clients-filter-any') };
  return (
    <form method="get" action="/console/clients" class="filters" role="search" aria-label={t('clients-filter-label')}>
      <div class="field">
        <label for="filter-q">{t('clients-search')}</label>
        <input id="filter-q" type="search" name="q" value={query.q ?? ''} autocomplete="off" />
      </div>
      {choices.mentors ? (
        <Select name="mentor" label={t('clients-filter-mentor')} state={emptyForm} value={query.mentor ?? ''} options={[any, ...choices.mentors.map((m) => ({ value: m.id, label: m.name }))]} />
      ) : null}
      <Select
        name="status"
        label={t('clients-filter-status')}
        state={emptyForm}
        value={query.status ?? ''}
        options={[{ value: '', label: t('clients-filter-current') }, ...clientStatuses.map((status) => ({ value: status, label: t(`client-status-${status}`) }))]}
      />
      {choices.programmes.length > 0 ? (
        <Select name="programme" label={t('clients-filter-programme')} state={emptyForm} value={query.programme ?? ''} options={[any, ...choices.programmes.map((p) => ({ value: p, label: p }))]} />
      ) : null}
      <Select
        name="language"
        label={t('clients-filter-language')}
        state={emptyForm}
        value={query.language ?? ''}
        options={[any, ...choices.languages.map((code) => ({ value: code, label: languageName(code, language) }))]}
      />
      <Select
        name="channel"
        label={t('clients-filter-channel')}
        state={emptyForm}
        value={query.channel ?? ''}
        options={[any, ...channels.map((channel) => ({ value: channel, label: t(`channel-${channel}`) }))]}
      />
      {linkedFilters.map((name) => (query[name] !== undefined ? <input key={name} type="hidden" name={name} value={String(query[name])} /> : null))}
      <button type="submit" class="primary">{t('clients-filter-submit')}</button>
    </form>
  );
}

/** What a filter shows as when it is on. */
function filterWords(name: FilterName, query: ClientListQuery, choices: FilterChoices, t: ConsoleText, language: string): string {
  switch (name) {
    case 'q':
      return t('clients-on-search', { text: query.q ?? '' });
    case 'mentor':
      return t('clients-on-mentor', { name: choices.mentors?.find((m) => m.id === query.mentor)?.name ?? t('clients-unknown-mentor') });
    case 'status':
      return t('clients-on-status', { status: t(`client-status-${query.status}`) });
    case 'programme':
      return t('clients-on-programme', { programme: query.programme ?? '' });
    case 'language':
      return t('clients-on-language', { language: languageName(query.language ?? '', language) });
    case 'channel':
      return t('clients-on-channel', { channel: t(`channel-${query.channel}`) });
    case 'checkin':
      return t(`clients-on-checkin-${query.checkin}`);
    case 'mood':
      return t('clients-on-mood', { mood: t(`mood-${query.mood}`) });
    case 'waiting':
      return t('clients-on-waiting');
    case 'overdue':
      return t('clients-on-overdue');
  }
}

/** Which filters are on, each with a way to take it off, and one to take them all off. */
export function ActiveFilters(props: { query: ClientListQuery; choices: FilterChoices }) {
  const { t, language } = usePage();
  const on = filterNames.filter((name) => props.query[name] !== undefined);
  if (on.length === 0) return null;
  return (
    <div class="active-filters" role="status">
      <span class="label">{t('clients-filters-on')}</span>
      <ul class="chips">
        {on.map((name) => {
          const words = filterWords(name, props.query, props.choices, t, language);
          return (
            <li key={name}>
              <span>{words}</span>
              <a href={clientListHref(props.query, name)} aria-label={t('clients-filter-remove', { filter: words })}>
                <span aria-hidden="true">✕</span>
              </a>
            </li>
          );
        })}
      </ul>
      <a href="/console/clients" class="clear">{t('clients-filters-clear')}</a>
    </div>
  );
}
