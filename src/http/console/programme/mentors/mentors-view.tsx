import type { MentorSummary } from '../../../../domain/caseload/mentor-stats.js';
import { Empty } from '../../ui/bits.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';
import { AnswerRate, FirstReply, mentorLinks } from './mentor-figures.js';

/** A figure that links to the list it counts, its meaning spelt out for screen readers. */
function Figure(props: { href: string; count: number; label: string; tone?: 'warn' | 'bad' }) {
  const { f } = usePage();
  return (
    <a href={props.href} class={props.count > 0 && props.tone ? `figure ${props.tone}` : 'figure'}>
      {f.number(props.count)}
      <span class="visually-hidden">{` ${props.label}`}</span>
    </a>
  );
}

function MentorTable(props: { mentors: MentorSummary[]; labelledBy: string }) {
  const { t } = usePage();
  return (
    <div class="table-wrap">
      <table class="cards mentors" aria-labelledby={props.labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('mentors-mentor')}</th>
            <th scope="col" class="number">{t('mentors-caseload')}</th>
            <th scope="col" class="number">{t('mentors-waiting')}</th>
            <th scope="col" class="number">{t('mentors-first-reply')}</th>
            <th scope="col" class="number">{t('mentors-answer-rate')}</th>
            <th scope="col" class="number">{t('mentors-open-alerts')}</th>
          </tr>
        </thead>
        <tbody>
          {props.mentors.map((mentor) => {
            const links = mentorLinks(mentor.id);
            return (
              <tr key={mentor.id}>
                <td data-label={t('mentors-mentor')}>
                  <span class="who">
                    <a href={`/console/mentors/${mentor.id}`}>{mentor.name}</a>
                    <span class="muted">{t(`mentor-role-${mentor.role}`)}</span>
                    {mentor.joined ? null : <span class="tag warn">{t('mentors-not-joined')}</span>}
                  </span>
                </td>
                <td data-label={t('mentors-caseload')} class="number">
                  <Figure href={links.clients} count={mentor.caseload} label={t('mentors-caseload-of', { name: mentor.name })} />
                </td>
                <td data-label={t('mentors-waiting')} class="number">
                  <Figure href={links.waiting} count={mentor.waiting} label={t('mentors-waiting-of', { name: mentor.name })} tone="warn" />
                </td>
                <td data-label={t('mentors-first-reply')} class="number">
                  <FirstReply summary={mentor} />
                </td>
                <td data-label={t('mentors-answer-rate')} class="number">
                  <AnswerRate summary={mentor} />
                </td>
                <td data-label={t('mentors-open-alerts')} class="number">
                  <Figure href={links.alerts} count={mentor.openAlerts} label={t('mentors-open-alerts-of', { name: mentor.name })} tone="bad" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Every mentor with the figures that show who is overloaded or slow to answer; those no longer active apart. */
export function MentorsView(props: { mentors: MentorSummary[] }) {
  const { t } = usePage();
  const active = props.mentors.filter((mentor) => mentor.active);
  const inactive = props.mentors.filter((mentor) => !mentor.active);
  const clients = active.reduce((sum, mentor) => sum + mentor.caseload, 0);
  const waiting = active.reduce((sum, mentor) => sum + mentor.waiting, 0);
  return (
    <Layout title={t('mentors-title')}>
      <section class="panel" aria-labelledby="active-heading">
        <div class="panel-head">
          <h2 id="active-heading">{t('mentors-active', { count: active.length })}</h2>
          <a class="button" href="/console/enrol/mentor">{t('mentors-enrol')}</a>
        </div>
        {active.length === 0 ? (
          <Empty>{t('mentors-none')}</Empty>
        ) : (
          <>
            <p class="hint">{t('mentors-summary', { clients, waiting })}</p>
            <MentorTable mentors={active} labelledBy="active-heading" />
            <p class="hint">{t('mentors-window')}</p>
          </>
        )}
      </section>
      {inactive.length > 0 ? (
        <section class="panel" aria-labelledby="inactive-heading">
          <h2 id="inactive-heading">{t('mentors-inactive', { count: inactive.length })}</h2>
          <MentorTable mentors={inactive} labelledBy="inactive-heading" />
        </section>
      ) : null}
    </Layout>
  );
}
