import { minPasswordLength } from '../../../domain/staff/passwords.js';
import { Field, type FormState } from './form.js';
import { usePage } from './page-context.js';

/** A new password and its confirmation, as choosing one first and changing one both ask. */
export function NewPasswordFields(props: { state: FormState }) {
  const { t } = usePage();
  return (
    <>
      <Field
        name="password"
        label={t('field-new-password')}
        hint={t('password-hint', { min: minPasswordLength })}
        state={props.state}
        type="password"
        autocomplete="new-password"
        required
        minLength={minPasswordLength}
      />
      <Field name="confirm" label={t('field-confirm-password')} state={props.state} type="password" autocomplete="new-password" required />
    </>
  );
}
