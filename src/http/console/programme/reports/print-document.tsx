import { readFile } from 'node:fs/promises';
import type { EvaluationReport } from '../../../../domain/reports/evaluation-report.js';
import { usePage } from '../../ui/page-context.js';
import { ReportBody } from './report-body.js';

let stylesheet: Promise<string> | undefined;

/** The console's stylesheet, read once: the printed page carries it inline, needing nothing else. */
export function consoleStylesheet(): Promise<string> {
  stylesheet ??= readFile(new URL('../../assets/console.css', import.meta.url), 'utf8');
  return stylesheet;
}

/** The report as a page of its own to print to PDF: no navigation, no forms, no scripts. */
export function PrintDocument(props: { report: EvaluationReport; minGroup: number; timeZone: string; css: string; printedAt: Date }) {
  const { t, f, language } = usePage();
  const { report } = props;
  return (
    <html lang={language}>
      <head>
        <meta charset="utf-8" />
        <title>{`${t('report-title')} ${report.period.from} – ${report.period.to}`}</title>
        <style dangerouslySetInnerHTML={{ __html: props.css }} />
      </head>
      <body class="printed">
        <main>
          <h1>{t('report-title')}</h1>
          <p class="subtitle">{t('report-period-shown', { from: f.date(report.period.from), to: f.date(report.period.to) })}</p>
          <ReportBody report={report} minGroup={props.minGroup} />
          <p class="hint">{t('report-printed', { at: f.dateTime(props.printedAt), zone: props.timeZone })}</p>
        </main>
      </body>
    </html>
  );
}
