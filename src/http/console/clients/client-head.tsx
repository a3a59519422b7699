import type { ClientRow } from '../../../domain/caseload/client-directory.js';
import type { ClientContext } from '../../../domain/people/contexts.js';
import { Mood } from '../ui/mood.js';
import { usePage } from '../ui/page-context.js';
import { ChannelTags } from './channel-tags.js';

/** The client at a glance: who mentors them (and interprets for them), where they can be reached, whether they wait for a word. */
export function ClientHead(props: { context: ClientContext; row: ClientRow }) {
  const { t, f } = usePage();
  const { context, row } = props;
  const mentor = context.mentor ?? context.inactiveMentor;
  return (
    <div class="client-head">
      <ul class="glance">
        <li>
          <span class="label">{t('clients-col-mentor')}</span> {mentor ? mentor.name : t('clients-no-mentor')}
          {context.inactiveMentor ? <span class="tag warn">{t('client-page-mentor-inactive')}</span> : null}
        </li>
        {context.interpreter ? (
          <li>
            <span class="label">{t('interpreting-panel')}</span> {context.interpreter.name}
          </li>
        ) : null}
        <li>
          <span class="label">{t('clients-col-channels')}</span> <ChannelTags channels={row.channels} />
        </li>
        <li>
          <span class="label">{t('clients-col-mood')}</span> <Mood mood={row.lastMood} />
        </li>
        <li>
          <span class="label">{t('clients-col-last-contact')}</span>{' '}
          {row.lastContactAt ? (
            <time datetime={row.lastContactAt.toISOString()} title={f.dateTime(row.lastContactAt)}>
              {f.ago(row.lastContactAt)}
            </time>
          ) : (
            t('clients-never')
          )}
        </li>
        {context.status !== 'active' ? (
          <li>
            <span class="tag">{t(`client-status-${context.status}`)}</span>
          </li>
        ) : null}
        {row.waitingSince ? (
          <li>
            <a class="tag warn" href="#reply">
              {t('waiting-since', { ago: f.ago(row.waitingSince) })}
            </a>
          </li>
        ) : null}
        {row.openAlerts > 0 ? (
          <li>
            <a class="tag bad" href="/console/alerts">
              {t('client-page-open-alerts', { count: row.openAlerts })}
            </a>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
