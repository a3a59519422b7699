import type { ClientContext } from '../../../domain/people/contexts.js';
import type { OpenErasureRequest } from '../../../domain/privacy/erasure-requests.js';
import { maxReasonLength } from '../../../domain/privacy/erasure.js';
import { Field, Form, FormProblem, TextArea, type FormState } from '../ui/form.js';
import { Layout } from '../ui/layout.js';
import { usePage } from '../ui/page-context.js';
import { clientPath } from './client-request.js';

/** What erasing removes and keeps, said before it is done, with the client's name to type as the confirmation. */
export function EraseView(props: { client: ClientContext; request: OpenErasureRequest | undefined; form: FormState }) {
  const { t, f } = usePage();
  const { client } = props;
  return (
    <Layout title={t('erase-title', { name: client.name })} narrow>
      <p class="lead">
        <a href={clientPath(client.id)}>{t('erase-back', { name: client.name })}</a>
      </p>
      {props.request ? <p class="filter-note">{t('erase-requested', { when: f.dateTime(props.request.requestedAt), channel: props.request.channel })}</p> : null}
      <section class="panel" aria-labelledby="erase-what">
        <h2 id="erase-what">{t('erase-what-heading')}</h2>
        <p>{t('erase-removes')}</p>
        <p>{t('erase-keeps')}</p>
        <p>{t('erase-told')}</p>
      </section>
      <section class="panel" aria-labelledby="erase-form-heading">
        <h2 id="erase-form-heading">{t('erase-form-heading')}</h2>
        <FormProblem state={props.form} />
        <Form action={clientPath(client.id, '/erase')} class="stack" label={t('erase-form-heading')}>
          <TextArea name="reason" label={t('erase-reason')} hint={t('erase-reason-hint')} state={props.form} required maxLength={maxReasonLength} />
          <Field name="confirm" label={t('erase-confirm', { name: client.name })} state={props.form} required autocomplete="off" />
          <div class="actions">
            <button type="submit" class="danger">{t('erase-submit')}</button>
            <a href={clientPath(client.id)}>{t('erase-cancel')}</a>
          </div>
        </Form>
      </section>
    </Layout>
  );
}

/** After an erasure: what was done, with nothing of the person but what the record keeps. */
export function ErasedView(props: { erasedAt: Date; reason: string }) {
  const { t, f } = usePage();
  return (
    <Layout title={t('erased-title')} narrow>
      <p class="done" role="status">{t('erased-done', { when: f.dateTime(props.erasedAt) })}</p>
      <p>{t('erased-reason', { reason: props.reason })}</p>
      <p>
        <a href="/console/clients">{t('erased-to-clients')}</a>
      </p>
    </Layout>
  );
}
