import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { recordAudit } from '../../../../core/audit.js';
import { evaluationReport } from '../../../../domain/reports/evaluation-report.js';
import { actorOf } from '../../../../domain/staff/access.js';
import type { HttpDeps } from '../../../http-deps.js';
import { reportTables, type ReportTableName } from '../../../report-tables.js';
import { sendReportTable } from '../../../routes/reports.js';
import { staffOf } from '../../session.js';
import { Page } from '../../ui/page-context.js';
import { ProblemPage } from '../../ui/problem-page.js';
import { pageContextOf, sendPage } from '../../ui/render.js';
import { coordinatorsOnly } from '../coordinators-only.js';
import { consoleStylesheet, PrintDocument } from './print-document.js';
import { periodOfQuery, type PeriodChoice } from './report-period-form.js';
import { ReportView } from './report-view.js';

type ReportRequest = FastifyRequest<{ Querystring: Record<string, unknown> }>;

/** The evaluation report for funders, its tables as CSV and the whole as PDF; for coordinators. */
export async function reportPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, clock, agencyTimezone: timeZone, reportMinGroup: minGroup, pdfPrinter } = deps;
  app.addHook('preHandler', coordinatorsOnly(deps));

  const choose = (request: ReportRequest) => periodOfQuery(request.query, timeZone, clock());
  const badPeriod = (request: ReportRequest, reply: FastifyReply, choice: PeriodChoice) =>
    sendPage(reply, pageContextOf(request, reply, deps), <ProblemPage kind="bad-request" detail={Object.values(choice.form.errors).join(' ')} />, 400);

  app.get('/reports', async (request: ReportRequest, reply) => {
    const choice = choose(request);
    const report = choice.period ? await evaluationReport(db, choice.period, { timeZone, minGroup }) : null;
    return sendPage(
      reply,
      pageContextOf(request, reply, deps),
      <ReportView form={choice.form} report={report} minGroup={minGroup} timeZone={timeZone} printable={pdfPrinter !== undefined} />,
      report ? 200 : 400,
    );
  });

  for (const name of Object.keys(reportTables) as ReportTableName[]) {
    app.get(`/reports/${name}.csv`, async (request: ReportRequest, reply) => {
      const choice = choose(request);
      if (!choice.period) return badPeriod(request, reply, choice);
      return sendReportTable(reply, deps, name, choice.period, actorOf(staffOf(request)));
    });
  }

  app.get('/reports/evaluation.pdf', async (request: ReportRequest, reply) => {
    if (!pdfPrinter) return reply.callNotFound();
    const choice = choose(request);
    const { period } = choice;
    if (!period) return badPeriod(request, reply, choice);
    const report = await evaluationReport(db, period, { timeZone, minGroup });
    const context = pageContextOf(request, reply, deps);
    const page = (
      <Page.Provider value={context}>
        <PrintDocument report={report} minGroup={minGroup} timeZone={timeZone} css={await consoleStylesheet()} printedAt={clock()} />
      </Page.Provider>
    );
    const pdf = await pdfPrinter(`<!doctype html>${renderToString(page)}`);
    await recordAudit(db, { actor: actorOf(staffOf(request)), action: 'report.exported', entityType: 'report', entityId: null, details: { table: 'pdf', ...period }, at: clock() });
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="evaluation-${period.from}-to-${period.to}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
