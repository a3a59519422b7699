import type { CaseNote } from '../../../domain/caseload/console-notes.js';
import { Done, Empty } from '../ui/bits.js';
import { emptyForm, Form, FormProblem, TextArea, type FormState } from '../ui/form.js';
import { usePage } from '../ui/page-context.js';
import { doneIn } from './client-done.js';
import { clientPath } from './client-request.js';

/** Private case notes: for staff only, never sent to the client. */
export function NotesPanel(props: { clientId: string; notes: CaseNote[]; state: FormState | undefined; done: string | undefined }) {
  const { t, f } = usePage();
  const state = props.state ?? emptyForm;
  return (
    <section id="notes" class="panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t('client-page-notes')}</h2>
      <Done done={props.done} known={doneIn.notes} />
      <Form action={clientPath(props.clientId, '/notes')} class="stack" label={t('client-page-note-new')}>
        <FormProblem state={state} />
        <TextArea name="note" label={t('client-page-note-new')} hint={t('client-page-note-hint')} state={state} rows={3} maxLength={4000} required />
        <div>
          <button type="submit">{t('client-page-note-save')}</button>
        </div>
      </Form>
      {props.notes.length === 0 ? (
        <Empty>{t('client-page-notes-none')}</Empty>
      ) : (
        <ul class="notes">
          {props.notes.map((note) => (
            <li key={note.id}>
              <span class="meta">
                {note.authorName ?? ''} ·{' '}
                <time datetime={note.createdAt.toISOString()} title={f.dateTime(note.createdAt)}>
                  {f.when(note.createdAt)}
                </time>
              </span>
              <p>{note.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
