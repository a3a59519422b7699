import { Layout } from './layout.js';
import { usePage } from './page-context.js';

/** A page that says what went wrong in words, never with a stack trace. */
export function ProblemPage(props: { kind: 'not-found' | 'forbidden' | 'expired-form' | 'bad-request' | 'too-many' | 'broken'; detail?: string }) {
  const { t, staff } = usePage();
  return (
    <Layout title={t(`problem-${props.kind}-title`)} narrow>
      <p>{t(`problem-${props.kind}-text`)}</p>
      {props.detail ? <p class="problem">{props.detail}</p> : null}
      <p>
        <a href={staff ? '/console' : '/console/login'}>{staff ? t('back-to-today') : t('back-to-sign-in')}</a>
      </p>
    </Layout>
  );
}
