import { Done } from '../ui/bits.js';
import { emptyForm, FormProblem, Select, type FormState } from '../ui/form.js';
import { usePage } from '../ui/page-context.js';
import { doneIn } from './client-done.js';
import { ActionForm } from './action-form.js';
import { clientPath } from './client-request.js';
import { ServedHistory } from './served-history.js';

/** Who has mentored the client, newest first; a coordinator can move them to another mentor here. */
export function AssignmentsPanel(props: {
  clientId: string;
  clientName: string;
  currentMentor: { id: string; name: string } | null;
  assignments: Array<{ mentorName: string; startedAt: Date; endedAt: Date | null }>;
  mentorChoices: Array<{ id: string; name: string }> | null;
  state: FormState | undefined;
  done: string | undefined;
}) {
  const { t } = usePage();
  const state = props.state ?? emptyForm;
  const current = props.currentMentor;
  // A mentor who is inactive now is still the one the client has, and the form starts from them.
  const choices = props.mentorChoices && current && !props.mentorChoices.some((m) => m.id === current.id) ? [current, ...props.mentorChoices] : props.mentorChoices;
  return (
    <section id="history" class="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('client-page-assignments')}</h2>
      <Done done={props.done} known={doneIn.history} />
      {props.assignments.length === 0 ? (
        <p class="empty">{t('client-page-assignments-none')}</p>
      ) : (
        <ServedHistory stretches={props.assignments.map((a) => ({ name: a.mentorName, startedAt: a.startedAt, endedAt: a.endedAt }))} />
      )}
      {choices ? (
        <ActionForm action={clientPath(props.clientId, '/mentor')} class="stack reassign" confirm={t('client-page-reassign-confirm', { name: props.clientName })} label={t('client-page-reassign')}>
          <h3>{t('client-page-reassign')}</h3>
          <FormProblem state={state} />
          <Select
            name="mentorId"
            label={t('client-page-reassign-to')}
            hint={t('client-page-reassign-hint')}
            state={state}
            value={current?.id ?? ''}
            options={[{ value: '', label: t('client-page-no-mentor') }, ...choices.map((mentor) => ({ value: mentor.id, label: mentor.name }))]}
          />
          <div>
            <button type="submit">{t('client-page-reassign-submit')}</button>
          </div>
        </ActionForm>
      ) : null}
    </section>
  );
}
