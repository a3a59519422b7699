import type { EvaluationReport } from '../../../../domain/reports/evaluation-report.js';
import { otherGroup } from '../../../../domain/reports/small-groups.js';
import { usePage } from '../../ui/page-context.js';
import { languageIn } from '../language-names.js';
import { monthName } from './month-name.js';
import { ShareChart } from './report-charts.js';

/**
 * The interpreting of the period: the languages of the clients who had an interpreter, and each
 * interpreter's messages month by month. An agency that has no interpreters is not shown an empty one.
 */
export function Interpreting(props: { report: EvaluationReport; minGroup: number }) {
  const { t, f, language } = usePage();
  const { interpreters, clientsWithInterpreterByLanguage: languages, months } = props.report;
  if (interpreters.length === 0 && languages.length === 0) return null;
  const name = monthName(language);
  const title = t('report-with-interpreter-by-language');
  const groups = languages.map((group) => ({
    label: group.language === otherGroup ? t('report-other') : languageIn(language, group.language),
    clients: group.clients,
    shown: f.number(group.clients),
  }));
  return (
    <section class="panel" aria-labelledby="report-interpreting-heading">
      <h2 id="report-interpreting-heading">{t('report-interpreting')}</h2>
      <p class="hint">{t('report-interpreting-hint', { minimum: props.minGroup })}</p>
      {groups.length === 0 ? null : (
        <div class="report-charts">
          <ShareChart title={title} groups={groups} description={`${title}: ${groups.map((group) => `${group.label} ${group.shown}`).join(', ')}`} />
        </div>
      )}
      {interpreters.length === 0 ? null : (
        <>
          <h3 id="report-interpreters-heading">{t('report-interpreters')}</h3>
          <div class="table-wrap" tabindex={0} role="region" aria-labelledby="report-interpreters-heading">
            <table class="report-table" aria-labelledby="report-interpreters-heading">
              <thead>
                <tr>
                  <th scope="col">{t('report-interpreter')}</th>
                  <th scope="col" class="number">{t('report-whole-period')}</th>
                  {months.map((month) => (
                    <th scope="col" class="number" key={month.month}>{name(month.month)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {interpreters.map((interpreter) => (
                  <tr key={interpreter.interpreterId}>
                    <th scope="row">{interpreter.name}</th>
                    <td class="number">{f.number(interpreter.messagesInterpreted)}</td>
                    {interpreter.months.map((month) => (
                      <td class="number" key={month.month}>{f.number(month.messagesInterpreted)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
