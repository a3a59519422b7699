import type { EvaluationReport } from '../../../../domain/reports/evaluation-report.js';
import type { ReportPeriod } from '../../../../domain/reports/report-period.js';
import { Field, type FormState } from '../../ui/form.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';
import { ReportBody } from './report-body.js';

function PeriodForm(props: { form: FormState }) {
  const { t } = usePage();
  return (
    <form method="get" action="/console/reports" class="panel inline report-period no-print" aria-label={t('report-period')}>
      <Field name="from" label={t('report-from')} type="date" state={props.form} required />
      <Field name="to" label={t('report-to')} type="date" state={props.form} required />
      <button type="submit">{t('report-show')}</button>
    </form>
  );
}

function Downloads(props: { period: ReportPeriod; printable: boolean }) {
  const { t } = usePage();
  const query = `from=${props.period.from}&to=${props.period.to}`;
  return (
    <section class="panel no-print" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{t('report-downloads')}</h2>
      <ul class="actions report-downloads">
        <li>
          <a class="button" href={`/console/reports/months.csv?${query}`} download>{t('report-download-months')}</a>
        </li>
        <li>
          <a class="button" href={`/console/reports/profile.csv?${query}`} download>{t('report-download-profile')}</a>
        </li>
        <li>
          <a class="button" href={`/console/reports/mentors.csv?${query}`} download>{t('report-download-mentors')}</a>
        </li>
        <li>
          <a class="button" href={`/console/reports/interpreters.csv?${query}`} download>{t('report-download-interpreters')}</a>
        </li>
        {props.printable ? (
          <li>
            <a class="button" href={`/console/reports/evaluation.pdf?${query}`} download>{t('report-download-pdf')}</a>
          </li>
        ) : null}
      </ul>
      {props.printable ? null : <p class="hint">{t('report-print-hint')}</p>}
      <p class="hint">
        {t('report-exports-hint')} <a href="/console/exports">{t('report-exports-link')}</a>
      </p>
    </section>
  );
}

/** The evaluation report page: the period to report on, the report, and its downloads. */
export function ReportView(props: { form: FormState; report: EvaluationReport | null; minGroup: number; timeZone: string; printable: boolean }) {
  const { t, f } = usePage();
  const { report } = props;
  return (
    <Layout title={t('report-title')}>
      <p class="lead">{t('report-lead', { zone: props.timeZone })}</p>
      <PeriodForm form={props.form} />
      {report ? (
        <>
          <p class="subtitle">{t('report-period-shown', { from: f.date(report.period.from), to: f.date(report.period.to) })}</p>
          <ReportBody report={report} minGroup={props.minGroup} />
          <Downloads period={report.period} printable={props.printable} />
        </>
      ) : null}
    </Layout>
  );
}
