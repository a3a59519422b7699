import { NewPasswordFields } from '../ui/new-password-fields.js';
import { consoleLanguages } from '../console-text.js';
import { Done } from '../ui/bits.js';
import { Field, Form, Select, type FormState } from '../ui/form.js';
import { Layout } from '../ui/layout.js';
import { usePage } from '../ui/page-context.js';

export function SettingsView(props: { preferences: FormState; password: FormState; done: string | undefined }) {
  const { t, staff } = usePage();
  if (!staff) return null;
  return (
    <Layout title={t('settings-title')} narrow>
      <Done done={props.done} known={['settings-saved', 'password-changed']} />
      <section class="panel" aria-labelledby="preferences-heading">
        <h2 id="preferences-heading">{t('settings-preferences')}</h2>
        <Form action="/console/settings" class="stack">
          <Select
            name="language"
            label={t('field-language')}
            state={props.preferences}
            value={staff.language}
            options={consoleLanguages.map((language) => ({ value: language, label: t(`language-${language}`) }))}
          />
          <Field name="timezone" label={t('field-timezone')} hint={t('timezone-hint')} state={props.preferences} value={staff.timezone} required />
          <button type="submit" class="primary">{t('save')}</button>
        </Form>
      </section>
      <section class="panel" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('settings-password')}</h2>
        <Form action="/console/settings/password" class="stack">
          {staff.hasPassword ? (
            <Field name="current" label={t('field-current-password')} state={props.password} type="password" autocomplete="current-password" required />
          ) : (
            <p class="hint">{t('settings-no-password-yet')}</p>
          )}
          <NewPasswordFields state={props.password} />
          <button type="submit">{t('settings-change-password')}</button>
        </Form>
      </section>
    </Layout>
  );
}
