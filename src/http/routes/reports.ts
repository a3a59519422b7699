import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../../core/audit.js';
import { localDateField } from '../../core/fields.js';
import { mentorRoles } from '../../db/database.js';
import { evaluationReport } from '../../domain/reports/evaluation-report.js';
import { periodProblem, type ReportPeriod } from '../../domain/reports/report-period.js';
import { sendCsv } from '../csv-reply.js';
import type { HttpDeps } from '../http-deps.js';
import { reportFileName, reportTables, type ReportTable, type ReportTableName } from '../report-tables.js';
import { csvResponse, errorResponse } from '../schemas.js';

const tags = ['reports'];

/** A report's period, both dates inclusive; the console's report form checks the same rule. */
export const reportPeriodQuery = z
  .object({ from: localDateField, to: localDateField })
  .superRefine((period, ctx) => {
    // Zod runs this even when a date above failed; those are named already.
    if (!localDateField.safeParse(period.from).success || !localDateField.safeParse(period.to).success) return;
    const problem = periodProblem(period);
    if (problem) ctx.addIssue({ code: 'custom', path: ['to'], message: problem });
  });

const figures = {
  newClients: z.number().int(),
  endedClients: z.number().int(),
  messagesFromClients: z.number().int(),
  messagesToClients: z.number().int(),
  checkinsAsked: z.number().int(),
  checkinsAnswered: z.number().int(),
  tasksAgreed: z.number().int(),
  tasksApproved: z.number().int(),
};
const groups = z.array(z.object({ value: z.string(), clients: z.number().int() }));
const interpreting = {
  messagesInterpreted: z.number().int().meta({ description: 'Distinct messages a translation was written of (in the month, or in the whole period).' }),
  clientsWithInterpreter: z.number().int().meta({ description: 'Distinct clients an interpreter was assigned to on any day (of the month, or of the period).' }),
};

const evaluationResponse = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    totals: z.object({ clientsServed: z.number().int(), countries: z.number().int(), averageServedPerMonth: z.number(), ...figures, ...interpreting }),
    months: z.array(z.object({ month: z.string(), clientsServed: z.number().int(), averageMood: z.number().nullable(), ...figures, ...interpreting })),
    profile: z.object({ byCountry: groups, byLanguage: groups, byProgramme: groups, byChannel: groups }),
    mentors: z.array(
      z.object({
        mentorId: z.uuid(),
        name: z.string(),
        role: z.enum(mentorRoles),
        clientsServed: z.number().int(),
        messagesToClients: z.number().int(),
        medianFirstReplyMinutes: z.number().nullable(),
        tasksAgreed: z.number().int(),
        tasksApproved: z.number().int(),
      }),
    ),
    interpreters: z
      .array(
        z.object({
          interpreterId: z.uuid(),
          name: z.string(),
          messagesInterpreted: z.number().int(),
          months: z.array(z.object({ month: z.string(), messagesInterpreted: z.number().int() })),
        }),
      )
      .meta({ description: 'Each interpreter working now or who translated in the period: distinct messages they translated, in the period and in each of its months.' }),
    clientsWithInterpreterByLanguage: z
      .array(z.object({ language: z.string(), clients: z.number().int() }))
      .meta({ description: 'The clients with an interpreter in the period by their language; groups under REPORT_MIN_GROUP merged into "other".' }),
  })
  .meta({ id: 'EvaluationReport' });

/** Records the download in the audit log and answers one of the report's tables as CSV. */
export async function sendReportTable(
  reply: FastifyReply,
  deps: Pick<HttpDeps, 'db' | 'agencyTimezone' | 'reportMinGroup' | 'clock'>,
  name: ReportTableName,
  period: ReportPeriod,
  actor: string,
): Promise<FastifyReply> {
  const report = await evaluationReport(deps.db, period, { timeZone: deps.agencyTimezone, minGroup: deps.reportMinGroup });
  await recordAudit(deps.db, { actor, action: 'report.exported', entityType: 'report', entityId: null, details: { table: name, ...period }, at: deps.clock() });
  const table = reportTables[name] as ReportTable<unknown>;
  return sendCsv(reply, reportFileName(name, report), table.columns(report), table.rows(report));
}

export const reportRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, deps) => {
  const options = { timeZone: deps.agencyTimezone, minGroup: deps.reportMinGroup };
  app.get(
    '/reports/evaluation',
    {
      schema: {
        tags,
        operationId: 'getEvaluationReport',
        summary: 'The funder evaluation of a period',
        description:
          'The funder evaluation of a period (calendar dates in AGENCY_TIMEZONE, both inclusive, under five years): ' +
          'clients served per month, the profile of those served (groups under REPORT_MIN_GROUP merged into "other"), each mentor’s work ' +
          'and the interpreting: messages interpreted per month and per interpreter, clients with an interpreter per month and by language.',
        querystring: reportPeriodQuery,
        response: { 200: evaluationResponse, 400: errorResponse },
      },
    },
    async (request) => evaluationReport(deps.db, request.query, options),
  );

  const tableDescriptions: Record<ReportTableName, string> = {
    months: 'The report’s months, one row each, zeros included.',
    profile:
      'The profile of the clients served: dimension (country, language, programme, channel), value, clients; ' +
      'then the clients with an interpreter by language (dimension languageWithInterpreter).',
    mentors: 'Each mentor’s work in the period.',
    interpreters: 'Each interpreter: interpreterId, name, messagesInterpreted in the period, then one column per month (YYYY-MM) with that month’s.',
  };
  for (const name of Object.keys(reportTables) as ReportTableName[]) {
    app.get(
      `/reports/evaluation/${name}.csv`,
      {
        schema: {
          tags,
          operationId: `getEvaluationReport${name.charAt(0).toUpperCase()}${name.slice(1)}Csv`,
          summary: `The evaluation’s ${name} table as CSV`,
          querystring: reportPeriodQuery,
          response: { 200: csvResponse(tableDescriptions[name]), 400: errorResponse },
        },
      },
      async (request, reply) => sendReportTable(reply, deps, name, request.query, 'admin'),
    );
  }
};
