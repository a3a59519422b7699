import type { ExportName } from '../../../../domain/exports/export-dataset.js';
import { emptyForm, type FormState } from '../../ui/form.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';

/** What the page tells of each export: its columns, and for a period's, what its days mean. */
export interface ExportChoice {
  name: ExportName;
  headers: string[];
  /** Absent for an export of everything (the clients). */
  days?: string;
}

/** A date of a period form, its id the form's own so the page's two forms do not share one. */
function DateField(props: { form: ExportName; name: 'from' | 'to'; state: FormState }) {
  const { t } = usePage();
  const id = `${props.form}-${props.name}`;
  const error = props.state.errors[props.name];
  const given = props.state.values[props.name];
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{t(`exports-${props.name}`)}</label>
      {error ? <p class="problem" id={`${id}-error`}>{error}</p> : null}
      <input id={id} type="date" name={props.name} value={typeof given === 'string' && given !== '' ? given : undefined} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error ${props.form}-days` : `${props.form}-days`} />
    </div>
  );
}

function ExportPanel(props: { choice: ExportChoice; state: FormState | undefined }) {
  const { t } = usePage();
  const { name, headers, days } = props.choice;
  const href = `/console/exports/${name}.csv`;
  const state = props.state ?? emptyForm;
  return (
    <section class="panel" aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>{t(`exports-${name}-title`)}</h2>
      <p>{t(`exports-${name}-what`)}</p>
      <p class="hint">{t('exports-columns', { columns: headers.join(', ') })}</p>
      {days === undefined ? (
        <p class="actions">
          <a class="button primary" href={href}>{t(`exports-${name}-download`)}</a>
        </p>
      ) : (
        // Refused dates bring the page back at this form rather than at the top.
        <form method="get" action={`${href}#${name}-heading`} aria-label={t(`exports-${name}-title`)}>
          {props.state ? <p class="problem" role="alert">{t('exports-refused')}</p> : null}
          <p class="hint" id={`${name}-days`}>{days}</p>
          <div class="filters">
            <DateField form={name} name="from" state={state} />
            <DateField form={name} name="to" state={state} />
            <button type="submit" class="primary">{t(`exports-${name}-download`)}</button>
          </div>
        </form>
      )}
    </section>
  );
}

/** The three downloads; after refused dates, that form again with its messages. */
export function ExportsView(props: { choices: ExportChoice[]; refused?: { name: ExportName; state: FormState } }) {
  const { t } = usePage();
  return (
    <Layout title={t('exports-title')}>
      <p class="lead">{t('exports-intro')}</p>
      {props.choices.map((choice) => (
        <ExportPanel key={choice.name} choice={choice} state={props.refused?.name === choice.name ? props.refused.state : undefined} />
      ))}
      <p class="hint">{t('exports-formula-note')}</p>
    </Layout>
  );
}
