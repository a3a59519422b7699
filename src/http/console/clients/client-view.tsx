import { Done } from '../ui/bits.js';
import { Layout } from '../ui/layout.js';
import { usePage } from '../ui/page-context.js';
import { AccessPanel } from './access-panel.js';
import { AssignmentsPanel } from './assignments-panel.js';
import { ClientHead } from './client-head.js';
import { doneIn } from './client-done.js';
import type { ClientForms } from './client-forms.js';
import { timelineLength, type ClientPageData } from './client-page-data.js';
import { InterpreterPanel } from './interpreter-panel.js';
import { MoodPanel } from './mood-panel.js';
import { NotesPanel } from './notes-panel.js';
import { PrivacyPanel } from './privacy-panel.js';
import { ProfilePanel } from './profile-panel.js';
import { ReplyForm } from './reply-form.js';
import { TasksPanel } from './tasks-panel.js';
import { Timeline } from './timeline-view.js';

function SectionLinks(props: { interpreter: boolean }) {
  const { t } = usePage();
  const sections = ['thread', 'tasks', 'mood', 'notes', 'profile', 'access', 'history', ...(props.interpreter ? (['interpreter'] as const) : [])];
  return (
    <nav class="section-links" aria-label={t('client-page-sections')}>
      <ul>
        {sections.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{t(`client-page-section-${id}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One client's page: the thread with the reply box, and everything else about their case beside it. */
export function ClientView(props: { data: ClientPageData; forms: ClientForms; done: string | undefined; languages: readonly string[] }) {
  const { t, staff } = usePage();
  const { data, forms } = props;
  const { context, client } = data;
  const today = data.moods[data.moods.length - 1]?.date ?? '';
  const mentor = context.mentor ?? context.inactiveMentor;
  return (
    <Layout title={client.name}>
      <ClientHead context={context} row={data.row} />
      <SectionLinks interpreter={data.interpreting !== null} />
      <div class="grid two client-page">
        <div>
          <section id="thread" class="panel thread" aria-labelledby="thread-heading">
            <h2 id="thread-heading">{t('client-page-thread')}</h2>
            <Done done={props.done} known={doneIn.thread} />
            <Timeline items={data.timeline} clientId={client.id} clientName={client.name} liveSince={data.liveSince} cut={data.timeline.length >= timelineLength} />
            <div id="reply">
              <ReplyForm context={context} row={data.row} state={forms.reply} ownClient={data.ownClient} viaMode={data.viaMode} />
            </div>
          </section>
        </div>
        <div>
          <TasksPanel clientId={client.id} clientName={client.name} tasks={data.tasks} forms={forms} today={today} done={props.done} />
          <MoodPanel moods={data.moods} />
          <NotesPanel clientId={client.id} notes={data.notes} state={forms.note} done={props.done} />
        </div>
      </div>
      <div class="grid halves">
        <ProfilePanel client={client} row={data.row} forms={forms} today={today} languages={props.languages} done={props.done} />
        <div>
          <AccessPanel clientId={client.id} clientName={client.name} accounts={data.accounts} invites={data.openInvites} state={forms.access} done={props.done} />
          <AssignmentsPanel
            clientId={client.id}
            clientName={client.name}
            currentMentor={mentor}
            assignments={data.assignments}
            mentorChoices={data.mentorChoices}
            state={forms.mentor}
            done={props.done}
          />
          {data.interpreting ? (
            <InterpreterPanel
              clientId={client.id}
              clientName={client.name}
              clientLanguage={client.language}
              assignments={data.interpreting.assignments}
              choices={data.interpreting.choices}
              state={forms.interpreter}
              done={props.done}
            />
          ) : null}
          {staff?.role === 'coordinator' ? <PrivacyPanel clientId={client.id} clientName={client.name} /> : null}
        </div>
      </div>
      <script src="/console/assets/chart.js" defer />
    </Layout>
  );
}
