import type { EvaluationReport } from '../../../../domain/reports/evaluation-report.js';
import type { Group } from '../../../../domain/reports/small-groups.js';
import { usePage } from '../../ui/page-context.js';
import { languageIn } from '../language-names.js';
import { monthName } from './month-name.js';
import { ColumnChart, ShareChart, type Bar } from './report-charts.js';
import { Interpreting } from './report-interpreting.js';

function Totals(props: { report: EvaluationReport }) {
  const { t, f } = usePage();
  const { totals } = props.report;
  const figures: Array<[string, string]> = [
    [t('report-clients-served'), f.number(totals.clientsServed)],
    [t('report-average-served'), f.number(totals.averageServedPerMonth)],
    [t('report-countries'), f.number(totals.countries)],
    [t('report-new-clients'), f.number(totals.newClients)],
    [t('report-ended-clients'), f.number(totals.endedClients)],
    [t('report-messages-from'), f.number(totals.messagesFromClients)],
    [t('report-messages-to'), f.number(totals.messagesToClients)],
    [t('report-checkins'), t('report-of', { done: f.number(totals.checkinsAnswered), all: f.number(totals.checkinsAsked) })],
    [t('report-tasks'), t('report-of', { done: f.number(totals.tasksApproved), all: f.number(totals.tasksAgreed) })],
    [t('report-messages-interpreted'), f.number(totals.messagesInterpreted)],
    [t('report-clients-with-interpreter'), f.number(totals.clientsWithInterpreter)],
  ];
  return (
    <section class="panel" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t('report-totals')}</h2>
      <dl class="report-totals">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function MonthCharts(props: { report: EvaluationReport }) {
  const { t, f, language } = usePage();
  const name = monthName(language);
  const served: Bar[] = props.report.months.map((month) => ({ label: name(month.month), value: month.clientsServed, shown: f.number(month.clientsServed) }));
  const moods: Bar[] = props.report.months.map((month) => ({
    label: name(month.month),
    value: month.averageMood,
    shown: month.averageMood === null ? '–' : f.number(month.averageMood),
  }));
  const spoken = (bars: Bar[]) => bars.map((bar) => `${bar.label}: ${bar.shown}`).join(', ');
  return (
    <section class="panel" aria-labelledby="months-chart-heading">
      <h2 id="months-chart-heading">{t('report-by-month')}</h2>
      <div class="report-charts">
        <ColumnChart title={t('report-chart-served')} bars={served} description={`${t('report-chart-served')}: ${spoken(served)}`} />
        <ColumnChart title={t('report-chart-mood')} bars={moods} max={5} description={`${t('report-chart-mood')}: ${spoken(moods)}`} />
      </div>
    </section>
  );
}

function MonthTable(props: { report: EvaluationReport }) {
  const { t, f, language } = usePage();
  const name = monthName(language);
  const columns: Array<[string, (month: EvaluationReport['months'][number]) => string]> = [
    [t('report-clients-served'), (month) => f.number(month.clientsServed)],
    [t('report-new-clients'), (month) => f.number(month.newClients)],
    [t('report-ended-clients'), (month) => f.number(month.endedClients)],
    [t('report-messages-from'), (month) => f.number(month.messagesFromClients)],
    [t('report-messages-to'), (month) => f.number(month.messagesToClients)],
    [t('report-checkins-asked'), (month) => f.number(month.checkinsAsked)],
    [t('report-checkins-answered'), (month) => f.number(month.checkinsAnswered)],
    [t('report-average-mood'), (month) => (month.averageMood === null ? '–' : f.number(month.averageMood))],
    [t('report-tasks-agreed'), (month) => f.number(month.tasksAgreed)],
    [t('report-tasks-approved'), (month) => f.number(month.tasksApproved)],
    [t('report-messages-interpreted'), (month) => f.number(month.messagesInterpreted)],
    [t('report-clients-with-interpreter'), (month) => f.number(month.clientsWithInterpreter)],
  ];
  return (
    <section class="panel" aria-labelledby="months-heading">
      <h2 id="months-heading">{t('report-months')}</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-labelledby="months-heading">
        <table class="report-table" aria-labelledby="months-heading">
          <thead>
            <tr>
              <th scope="col">{t('report-month')}</th>
              {columns.map(([label]) => (
                <th scope="col" class="number" key={label}>{label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.report.months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{name(month.month)}</th>
                {columns.map(([label, value]) => (
                  <td class="number" key={label}>{value(month)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Profile(props: { report: EvaluationReport; minGroup: number }) {
  const { t, f, language } = usePage();
  const label = (dimension: string, group: Group) => {
    if (group.value === 'other') return t('report-other');
    if (group.value === 'unknown') return t('report-unknown');
    if (dimension === 'language') return languageIn(language, group.value);
    if (dimension === 'channel') return t(`report-channel-${group.value === 'none' ? 'none' : group.value}`);
    return group.value;
  };
  const dimensions: Array<[string, string, Group[]]> = [
    ['country', t('report-by-country'), props.report.profile.byCountry],
    ['language', t('report-by-language'), props.report.profile.byLanguage],
    ['programme', t('report-by-programme'), props.report.profile.byProgramme],
    ['channel', t('report-by-channel'), props.report.profile.byChannel],
  ];
  return (
    <section class="panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('report-profile')}</h2>
      <p class="hint">{t('report-profile-hint', { minimum: props.minGroup })}</p>
      <div class="report-charts">
        {dimensions.map(([dimension, title, groups]) => {
          const shown = groups.map((group) => ({ label: label(dimension, group), clients: group.clients, shown: f.number(group.clients) }));
          return groups.length === 0 ? null : (
            <ShareChart key={dimension} title={title} groups={shown} description={`${title}: ${shown.map((group) => `${group.label} ${group.shown}`).join(', ')}`} />
          );
        })}
      </div>
    </section>
  );
}

function Mentors(props: { report: EvaluationReport }) {
  const { t, f } = usePage();
  return (
    <section class="panel" aria-labelledby="report-mentors-heading">
      <h2 id="report-mentors-heading">{t('report-mentors')}</h2>
      <div class="table-wrap" tabindex={0} role="region" aria-labelledby="report-mentors-heading">
        <table class="report-table" aria-labelledby="report-mentors-heading">
          <thead>
            <tr>
              <th scope="col">{t('report-mentor')}</th>
              <th scope="col" class="number">{t('report-clients-served')}</th>
              <th scope="col" class="number">{t('report-messages-to')}</th>
              <th scope="col" class="number">{t('report-first-reply')}</th>
              <th scope="col" class="number">{t('report-tasks-agreed')}</th>
              <th scope="col" class="number">{t('report-tasks-approved')}</th>
            </tr>
          </thead>
          <tbody>
            {props.report.mentors.map((mentor) => (
              <tr key={mentor.mentorId}>
                <th scope="row">
                  <span class="who">
                    {mentor.name}
                    <span class="muted">{t(`mentor-role-${mentor.role}`)}</span>
                  </span>
                </th>
                <td class="number">{f.number(mentor.clientsServed)}</td>
                <td class="number">{f.number(mentor.messagesToClients)}</td>
                <td class="number">{mentor.medianFirstReplyMinutes === null ? '–' : f.minutes(mentor.medianFirstReplyMinutes)}</td>
                <td class="number">{f.number(mentor.tasksAgreed)}</td>
                <td class="number">{f.number(mentor.tasksApproved)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The report itself, as the page shows it and as it prints. */
export function ReportBody(props: { report: EvaluationReport; minGroup: number }) {
  return (
    <>
      <Totals report={props.report} />
      <MonthCharts report={props.report} />
      <MonthTable report={props.report} />
      <Profile report={props.report} minGroup={props.minGroup} />
      <Mentors report={props.report} />
      <Interpreting report={props.report} minGroup={props.minGroup} />
    </>
  );
}
