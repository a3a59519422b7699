import type { ClientContext } from '../../../domain/people/contexts.js';
import { clientTimeline, timelineWatermark } from '../../../domain/threads/timeline.js';
import type { HttpDeps } from '../../http-deps.js';
import { Done } from '../ui/bits.js';
import { Layout } from '../ui/layout.js';
import { usePage } from '../ui/page-context.js';
import { doneIn } from './client-done.js';
import type { ClientForms } from './client-forms.js';
import { timelineLength } from './client-page-data.js';
import { languageName } from '../../../i18n/language-name.js';
import { takesTranslation } from './message-interpreting.js';
import { Timeline } from './timeline-view.js';

/** What an interpreter's page of a client shows: the thread's messages with their translations, nothing else of the case. */
export async function loadInterpretedThread(deps: Pick<HttpDeps, 'db'>, context: ClientContext) {
  const timeline = await clientTimeline(deps.db, context.id, { limit: timelineLength, withNotes: false, messagesOnly: true });
  return { timeline, liveSince: timelineWatermark(timeline, new Date(0)) };
}

/** A client's page for their interpreter: who they are, the language, and the thread with a form to translate each message. */
export function InterpreterClientView(props: { context: ClientContext; thread: Awaited<ReturnType<typeof loadInterpretedThread>>; forms: ClientForms; done: string | undefined }) {
  const { t, language } = usePage();
  const { context, thread } = props;
  const translation = props.forms.translation;
  // A translation of a message that has no form any more (it went meanwhile) is answered above the thread.
  const formless =
    translation && !thread.timeline.some((item) => item.type === 'message' && item.id === translation.messageId && takesTranslation(item)) ? translation.state.errors.translation : undefined;
  return (
    <Layout title={context.name}>
      <div class="client-head">
        <ul class="glance">
          <li>
            <span class="label">{t('interpreting-col-language')}</span> {languageName(context.language, language)}
          </li>
        </ul>
      </div>
      <section id="thread" class="panel thread" aria-labelledby="thread-heading">
        <h2 id="thread-heading">{t('client-page-thread')}</h2>
        <p class="hint">{t('interpreting-page-hint', { name: context.name })}</p>
        <Done done={props.done} known={doneIn.thread} />
        {formless ? (
          <p class="problem" role="alert">
            {formless}
          </p>
        ) : null}
        <Timeline
          items={thread.timeline}
          clientId={context.id}
          clientName={context.name}
          liveSince={thread.liveSince}
          cut={thread.timeline.length >= timelineLength}
          translation={props.forms.translation}
        />
      </section>
    </Layout>
  );
}
