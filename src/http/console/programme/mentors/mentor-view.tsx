import type { ClientRow } from '../../../../domain/caseload/client-directory.js';
import type { MentorSummary } from '../../../../domain/caseload/mentor-stats.js';
import type { Mentor } from '../../../../domain/people/mentors.js';
import { InviteCard, type ShownInvite } from '../../invite-card.js';
import { CountLink, Empty, NextPage } from '../../ui/bits.js';
import { Form } from '../../ui/form.js';
import { Layout } from '../../ui/layout.js';
import { Mood, Sparkline } from '../../ui/mood.js';
import { usePage } from '../../ui/page-context.js';
import { languageIn } from '../language-names.js';
import { AnswerRate, FirstReply, mentorLinks } from './mentor-figures.js';

function ClientTable(props: { clients: ClientRow[] }) {
  const { t, f } = usePage();
  return (
    <div class="table-wrap">
      <table class="cards">
        <thead>
          <tr>
            <th scope="col">{t('mentors-page-client')}</th>
            <th scope="col">{t('mentors-page-status')}</th>
            <th scope="col">{t('mentors-page-last-contact')}</th>
            <th scope="col">{t('mentors-page-mood')}</th>
            <th scope="col" class="number">{t('mentors-page-open-tasks')}</th>
          </tr>
        </thead>
        <tbody>
          {props.clients.map((client) => (
            <tr key={client.id}>
              <td data-label={t('mentors-page-client')}>
                <span class="who">
                  <a href={`/console/clients/${client.id}`}>{client.name}</a>
                  {client.waitingSince ? <span class="tag warn">{t('waiting-since', { ago: f.ago(client.waitingSince) })}</span> : null}
                </span>
              </td>
              <td data-label={t('mentors-page-status')}>{t(`client-status-${client.status}`)}</td>
              <td data-label={t('mentors-page-last-contact')}>{client.lastContactAt ? f.ago(client.lastContactAt) : <span class="muted">{t('mentors-page-never')}</span>}</td>
              <td data-label={t('mentors-page-mood')}>
                <span class="mood-cell">
                  <Mood mood={client.lastMood} />
                  <Sparkline moods={client.moods14} label={t('mentors-page-moods-label', { name: client.name })} />
                </span>
              </td>
              <td data-label={t('mentors-page-open-tasks')} class="number">{f.number(client.openTasks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One mentor: who they are, their figures, their current clients, and a way to invite them to Telegram again. */
export function MentorView(props: {
  mentor: Mentor;
  summary: MentorSummary;
  clients: ClientRow[];
  nextCursor: string | null;
  invite?: ShownInvite | undefined;
}) {
  const { t, language } = usePage();
  const { mentor, summary } = props;
  const links = mentorLinks(mentor.id);
  return (
    <Layout title={mentor.name}>
      <p class="subtitle">
        <span>{t(`mentor-role-${mentor.role}`)}</span>
        <span>{mentor.languages.map((code) => languageIn(language, code)).join(', ')}</span>
        <span>{mentor.timezone}</span>
        {mentor.active ? null : <span class="tag bad">{t('mentors-page-inactive')}</span>}
        {summary.joined ? <span class="tag good">{t('mentors-page-joined')}</span> : <span class="tag warn">{t('mentors-not-joined')}</span>}
      </p>
      {props.invite ? <InviteCard invite={props.invite} name={mentor.name} /> : null}
      <section class="panel" aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('mentors-page-figures')}</h2>
        <div class="counts">
          <CountLink href={links.clients} count={summary.caseload} label={t('mentors-caseload')} />
          <CountLink href={links.waiting} count={summary.waiting} label={t('mentors-waiting')} tone={summary.waiting > 0 ? 'warn' : undefined} />
          <CountLink href={links.alerts} count={summary.openAlerts} label={t('mentors-open-alerts')} tone={summary.openAlerts > 0 ? 'bad' : undefined} />
          <div class="count">
            <span class="value">
              <FirstReply summary={summary} />
            </span>
            <span class="label">{t('mentors-first-reply')}</span>
          </div>
          <div class="count">
            <span class="value">
              <AnswerRate summary={summary} />
            </span>
            <span class="label">{t('mentors-answer-rate')}</span>
          </div>
        </div>
        <p class="hint">{t('mentors-window')}</p>
      </section>
      <section class="panel" aria-labelledby="clients-heading">
        <div class="panel-head">
          <h2 id="clients-heading">{t('mentors-page-clients')}</h2>
          {mentor.active ? <a class="button" href={`/console/enrol/client?mentorId=${mentor.id}`}>{t('mentors-page-enrol-client', { name: mentor.name })}</a> : null}
        </div>
        {props.clients.length === 0 ? <Empty>{t('mentors-page-no-clients', { name: mentor.name })}</Empty> : <ClientTable clients={props.clients} />}
        <NextPage nextCursor={props.nextCursor} query={{}} />
      </section>
      {mentor.active ? (
        <section class="panel" aria-labelledby="invite-again-heading">
          <h2 id="invite-again-heading">{t('mentors-page-telegram')}</h2>
          <p>{summary.joined ? t('mentors-page-telegram-joined', { name: mentor.name }) : t('mentors-page-telegram-not-joined', { name: mentor.name })}</p>
          <Form action={`/console/mentors/${mentor.id}/invite`} label={t('mentors-page-new-invite')}>
            <button type="submit">{t('mentors-page-new-invite')}</button>
          </Form>
        </section>
      ) : null}
    </Layout>
  );
}
