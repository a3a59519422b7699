import { FormProblem, type FormState } from '../ui/form.js';
import { usePage } from '../ui/page-context.js';

/**
 * Above a refused form: the problem with the whole form, if any, and how
 * many fields need another look, so a message further down a long form is
 * not missed.
 */
export function FormSummary(props: { state: FormState }) {
  const { t } = usePage();
  const fields = Object.keys(props.state.errors).filter((field) => field !== 'form').length;
  return (
    <>
      <FormProblem state={props.state} />
      {fields > 0 ? <p class="problem" role="alert">{t('programme-fix-fields', { count: fields })}</p> : null}
    </>
  );
}
