import { Fragment } from 'preact';
import { importLimits } from '../../../../domain/people/client-import-file.js';
import { requiredColumns, templateColumns } from '../../../../domain/people/client-import-header.js';
import { Field, Form, type FormState } from '../../ui/form.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';
import { FormSummary } from '../form-summary.js';

export const templatePath = '/console/enrol/import/template.csv';

/** The form that takes a file, for the first try or after a file was refused as a whole. */
export function UploadForm(props: { state: FormState; label: string }) {
  const { t, f } = usePage();
  return (
    <Form action="/console/enrol/import" multipart class="stack" label={props.label}>
      <FormSummary state={props.state} />
      <Field
        name="file"
        type="file"
        accept=".csv,text/csv"
        required
        label={t('import-file')}
        hint={t('import-file-hint', { size: importLimits.maxBytes / 1024 / 1024, rows: f.number(importLimits.maxRows) })}
        state={props.state}
      />
      <p>
        <button type="submit" class="primary">{t('import-check')}</button>
      </p>
    </Form>
  );
}

/** What each column takes, so a coordinator can fill a spreadsheet without asking. */
function ColumnGuide() {
  const { t } = usePage();
  const required = new Set<string>(requiredColumns);
  const noteOf = (column: string): string => {
    if (required.has(column)) return ` (${t('import-column-required')})`;
    return column === 'mentorEmail' ? ` (${t('import-column-mentor-required')})` : '';
  };
  return (
    <dl class="facts">
      {templateColumns.map((column) => (
        <Fragment key={column}>
          <dt>
            <code>{column}</code>
            {noteOf(column)}
          </dt>
          <dd>{t(`import-column-${column}`)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** Enrolling many clients at once from a spreadsheet saved as CSV: what it takes, the template, and the upload. */
export function ImportUploadView(props: { state: FormState }) {
  const { t } = usePage();
  return (
    <Layout title={t('import-title')}>
      <p class="lead">{t('import-intro')}</p>
      <div class="grid two">
        <section class="panel" aria-labelledby="import-upload-heading">
          <h2 id="import-upload-heading">{t('import-upload')}</h2>
          <UploadForm state={props.state} label={t('import-upload')} />
        </section>
        <section class="panel" aria-labelledby="import-columns-heading">
          <div class="panel-head">
            <h2 id="import-columns-heading">{t('import-columns')}</h2>
            <a class="button" href={templatePath} download>{t('import-template')}</a>
          </div>
          <ColumnGuide />
          <p class="hint">{t('import-columns-mentor-id')}</p>
        </section>
      </div>
    </Layout>
  );
}
