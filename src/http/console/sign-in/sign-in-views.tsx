import { NewPasswordFields } from '../ui/new-password-fields.js';
import { Field, Form, FormProblem, type FormState } from '../ui/form.js';
import { Layout } from '../ui/layout.js';
import { Done } from '../ui/bits.js';
import { usePage } from '../ui/page-context.js';

export function LoginPage(props: { state: FormState; next: string; done?: string | undefined }) {
  const { t } = usePage();
  return (
    <Layout title={t('login-title')} narrow>
      <Done done={props.done} known={['signed-out', 'password-set']} />
      <Form action={`/console/login${props.next === '/console' ? '' : `?next=${encodeURIComponent(props.next)}`}`} class="stack" label={t('login-title')}>
        <FormProblem state={props.state} />
        <Field name="email" label={t('field-email')} state={props.state} type="email" autocomplete="username" required autofocus />
        <Field name="password" label={t('field-password')} state={props.state} type="password" autocomplete="current-password" required />
        <button type="submit" class="primary">{t('login-submit')}</button>
      </Form>
      <p class="hint">{t('login-hint')}</p>
    </Layout>
  );
}

/** Choosing a password from a setup link, or creating the first coordinator with theirs. */
export function SetupPage(props: { state: FormState; token: string; purpose: 'setup' | 'first-coordinator'; name: string | null }) {
  const { t } = usePage();
  const first = props.purpose === 'first-coordinator';
  return (
    <Layout title={first ? t('setup-first-title') : t('setup-title')} narrow>
      <p>{first ? t('setup-first-intro') : t('setup-intro', { name: props.name ?? '' })}</p>
      <Form action={`/console/setup/${props.token}`} class="stack" label={t('setup-title')}>
        <FormProblem state={props.state} />
        {first ? (
          <>
            <Field name="name" label={t('field-name')} state={props.state} autocomplete="name" required maxLength={200} />
            <Field name="email" label={t('field-email')} state={props.state} type="email" autocomplete="username" required />
          </>
        ) : null}
        <NewPasswordFields state={props.state} />
        <button type="submit" class="primary">{t('setup-submit')}</button>
      </Form>
    </Layout>
  );
}

/** The page a sign-in link from the bot opens: one press signs in, so a link preview cannot use the link up. */
export function LinkSignInPage(props: { token: string; name: string }) {
  const { t } = usePage();
  return (
    <Layout title={t('link-sign-in-title')} narrow>
      <Form action={`/console/sign-in/${props.token}`} class="stack" label={t('link-sign-in-title')}>
        <p>{t('link-sign-in-intro', { name: props.name })}</p>
        <button type="submit" class="primary">{t('link-sign-in-submit')}</button>
      </Form>
    </Layout>
  );
}

export function LinkGonePage() {
  const { t } = usePage();
  return (
    <Layout title={t('link-gone-title')} narrow>
      <p>{t('link-gone-text')}</p>
      <p>
        <a href="/console/login">{t('back-to-sign-in')}</a>
      </p>
    </Layout>
  );
}
