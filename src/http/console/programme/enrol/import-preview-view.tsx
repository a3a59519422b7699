import type { ImportReport, ImportRowError } from '../../../../domain/people/client-import-check.js';
import type { ImportFile } from '../../../../domain/people/client-import-file.js';
import type { ConsoleText } from '../../console-text.js';
import { CountLink } from '../../ui/bits.js';
import { emptyForm, Form } from '../../ui/form.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';
import { UploadForm } from './import-upload-view.js';

/** The problems listed above the table; the table shows every one of them. */
const listedProblems = 100;

export interface ImportPreview {
  fileName: string;
  file: ImportFile;
  report: ImportReport;
  /** The file as the confirmation carries it forward, base64. */
  content: string;
}

/** A row's number is a name, not a quantity: no thousands separator. */
const rowName = (t: ConsoleText, row: number) => t('import-row', { row: String(row) });

function byRow(errors: readonly ImportRowError[]): Map<number, Map<string, string>> {
  const rows = new Map<number, Map<string, string>>();
  for (const { row, field, message } of errors) rows.set(row, (rows.get(row) ?? new Map()).set(field, message));
  return rows;
}

function Problems(props: { errors: readonly ImportRowError[]; rowsWithProblems: number }) {
  const { t } = usePage();
  const more = props.errors.length - listedProblems;
  return (
    <section class="panel" aria-labelledby="import-problems-heading">
      <h2 id="import-problems-heading">{t('import-problems-title')}</h2>
      <p class="problem" role="alert">{t('import-problems', { count: props.rowsWithProblems })}</p>
      <ul>
        {props.errors.slice(0, listedProblems).map((error) => (
          <li key={`${error.row}-${error.field}`}>
            <a href={`#row-${error.row}`}>{rowName(t, error.row)}</a>, <code>{error.field}</code>: {error.message}
          </li>
        ))}
      </ul>
      {more > 0 ? <p class="hint">{t('import-problems-more', { count: more })}</p> : null}
      <h3>{t('import-fix-and-retry')}</h3>
      <UploadForm state={emptyForm} label={t('import-fix-and-retry')} />
    </section>
  );
}

function Confirm(props: { preview: ImportPreview }) {
  const { t } = usePage();
  const { report, content, fileName } = props.preview;
  return (
    <section class="panel" aria-labelledby="import-confirm-heading">
      <h2 id="import-confirm-heading">{t('import-ready-title')}</h2>
      <Form action="/console/enrol/import/confirm" multipart label={t('import-enrol', { count: report.valid })}>
        <input type="hidden" name="content" value={content} />
        <input type="hidden" name="fileName" value={fileName} />
        <p>{t('import-enrol-hint')}</p>
        <p class="actions">
          <button type="submit" class="primary">{t('import-enrol', { count: report.valid })}</button>
          <a class="button" href="/console/enrol/import">{t('import-choose-other')}</a>
        </p>
      </Form>
    </section>
  );
}

function RowsTable(props: { file: ImportFile; problems: Map<number, Map<string, string>> }) {
  const { t } = usePage();
  const { columns, rows } = props.file;
  const rowLabel = t('import-row-heading');
  return (
    <div class="table-wrap">
      <table class="cards import-rows">
        <thead>
          <tr>
            <th scope="col">{rowLabel}</th>
            {columns.map((column) => (
              <th key={column} scope="col"><code>{column}</code></th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, cells }) => {
            const problems = props.problems.get(row);
            return (
              <tr key={row} id={`row-${row}`}>
                <td data-label={rowLabel}>
                  <span>
                    {rowName(t, row)}{' '}
                    {problems ? <span class="tag bad">{t('import-row-problems', { count: problems.size })}</span> : <span class="tag good">{t('import-row-ready')}</span>}
                  </span>
                </td>
                {columns.map((column) => {
                  const value = cells[column]?.trim() ?? '';
                  const problem = problems?.get(column);
                  return (
                    <td key={column} data-label={column}>
                      <div>
                        {value === '' ? <span class="muted">–</span> : value}
                        {problem ? <p class="problem">{problem}</p> : null}
                      </div>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A checked file before anything is enrolled: how many rows are ready and
 * how many are not, every row with its values and its problems by column,
 * and either the confirmation or the way to send a corrected file.
 */
export function ImportPreviewView(props: { preview: ImportPreview }) {
  const { t } = usePage();
  const { fileName, file, report } = props.preview;
  const problems = byRow(report.errors);
  return (
    <Layout title={t('import-preview-title', { file: fileName })}>
      <div class="counts panel">
        <CountLink href="#import-rows-heading" count={report.rows} label={t('import-count-rows')} />
        <CountLink href="#import-rows-heading" count={report.valid} label={t('import-count-valid')} tone="good" />
        <CountLink href={problems.size > 0 ? '#import-problems-heading' : '#import-rows-heading'} count={problems.size} label={t('import-count-invalid')} tone={problems.size > 0 ? 'bad' : undefined} />
      </div>
      {problems.size > 0 ? <Problems errors={report.errors} rowsWithProblems={problems.size} /> : <Confirm preview={props.preview} />}
      <section class="panel" aria-labelledby="import-rows-heading">
        <h2 id="import-rows-heading">{t('import-rows-title')}</h2>
        <RowsTable file={file} problems={problems} />
      </section>
    </Layout>
  );
}
