import type { InterpreterAssignment } from '../../../domain/interpreting/interpreter-assignment.js';
import { Done } from '../ui/bits.js';
import { emptyForm, FormProblem, Select, type FormState } from '../ui/form.js';
import { usePage } from '../ui/page-context.js';
import { ActionForm } from './action-form.js';
import { doneIn } from './client-done.js';
import { clientPath } from './client-request.js';
import { ServedHistory } from './served-history.js';
import { languageName } from '../../../i18n/language-name.js';

/**
 * For coordinators: who interprets for the client now and who did before,
 * newest first, and giving them another interpreter (one who translates
 * their language) or none.
 */
export function InterpreterPanel(props: {
  clientId: string;
  clientName: string;
  clientLanguage: string;
  assignments: InterpreterAssignment[];
  choices: Array<{ id: string; name: string }>;
  state: FormState | undefined;
  done: string | undefined;
}) {
  const { t, language } = usePage();
  const state = props.state ?? emptyForm;
  const current = props.assignments.find((assignment) => assignment.endedAt === null);
  // One who no longer translates the language, or was switched off, is still the client's until changed, and the form starts from them.
  const choices =
    current && !props.choices.some((choice) => choice.id === current.interpreterId) ? [{ id: current.interpreterId, name: current.interpreterName }, ...props.choices] : props.choices;
  const spoken = languageName(props.clientLanguage, language);
  return (
    <section id="interpreter" class="panel" aria-labelledby="interpreter-heading">
      <h2 id="interpreter-heading">{t('interpreting-panel')}</h2>
      <Done done={props.done} known={doneIn.interpreter} />
      {current ? null : <p class="empty">{t('interpreting-panel-none', { client: props.clientName })}</p>}
      {props.assignments.length > 0 ? (
        <ServedHistory stretches={props.assignments.map((a) => ({ name: a.interpreterName, startedAt: a.startedAt, endedAt: a.endedAt }))} />
      ) : null}
      <ActionForm action={clientPath(props.clientId, '/interpreter')} class="stack reassign" label={t('interpreting-panel-change')}>
        <h3>{t('interpreting-panel-change')}</h3>
        <FormProblem state={state} />
        <Select
          name="interpreterId"
          label={t('interpreting-panel-choose')}
          hint={choices.length === 0 ? t('interpreting-panel-nobody', { language: spoken }) : t('interpreting-panel-hint', { language: spoken })}
          state={state}
          value={current?.interpreterId ?? ''}
          options={[{ value: '', label: t('interpreting-panel-no-interpreter') }, ...choices.map((choice) => ({ value: choice.id, label: choice.name }))]}
        />
        <div>
          <button type="submit">{t('interpreting-panel-submit')}</button>
        </div>
      </ActionForm>
    </section>
  );
}
