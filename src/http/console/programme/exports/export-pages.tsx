import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { localDateField } from '../../../../core/fields.js';
import { checkinExport } from '../../../../domain/exports/checkin-export.js';
import { clientExport } from '../../../../domain/exports/client-export.js';
import type { ExportDataset } from '../../../../domain/exports/export-dataset.js';
import { taskExport } from '../../../../domain/exports/task-export.js';
import { actorOf } from '../../../../domain/staff/access.js';
import type { HttpDeps } from '../../../http-deps.js';
import { exportPeriodQuery, sendExport } from '../../../routes/exports.js';
import { staffOf } from '../../session.js';
import type { FormState } from '../../ui/form.js';
import type { PageContext } from '../../ui/page-context.js';
import { pageContextOf, sendPage } from '../../ui/render.js';
import { coordinatorsOnly } from '../coordinators-only.js';
import { ExportsView, type ExportChoice } from './exports-view.js';

type PeriodQuery = { Querystring: { from?: string | string[]; to?: string | string[] } };

/** A date field left empty leaves that side of the period open. */
const dateGiven = (value: string | string[] | undefined) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/**
 * Each refused date with its message in the reader's language: a date that
 * is one in itself was refused for coming after the end of the period.
 */
function periodProblems(values: FormState['values'], fields: string[], t: PageContext['t']): FormState {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    errors[field] = localDateField.safeParse(values[field]).success ? t('exports-from-after-to') : t('exports-not-a-date');
  }
  return { values, errors };
}

/** The clients, check-ins and tasks as CSV downloads, for coordinators, who answer to the funders. */
export async function exportPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  app.addHook('preHandler', coordinatorsOnly(deps));

  const choices = (t: PageContext['t']): ExportChoice[] => [
    { name: 'clients', headers: clientExport.columns.map((column) => column.header) },
    { name: 'checkins', headers: checkinExport.columns.map((column) => column.header), days: t('exports-checkins-days') },
    { name: 'tasks', headers: taskExport.columns.map((column) => column.header), days: t('exports-tasks-days', { zone: deps.agencyTimezone }) },
  ];

  app.get('/exports', async (request, reply) => {
    const context = pageContextOf(request, reply, deps);
    return sendPage(reply, context, <ExportsView choices={choices(context.t)} />);
  });

  app.get('/exports/clients.csv', async (request, reply) => {
    await sendExport(reply, deps, clientExport, {}, actorOf(staffOf(request)));
  });

  const periodDownload =
    <Row,>(dataset: ExportDataset<Row>) =>
    async (request: FastifyRequest<PeriodQuery>, reply: FastifyReply) => {
      const values = { from: dateGiven(request.query.from), to: dateGiven(request.query.to) };
      const period = exportPeriodQuery.safeParse(values);
      if (!period.success) {
        const context = pageContextOf(request, reply, deps);
        const fields = period.error.issues.map((issue) => String(issue.path[0]));
        const refused = { name: dataset.name, state: periodProblems(values, fields, context.t) };
        return sendPage(reply, context, <ExportsView choices={choices(context.t)} refused={refused} />, 400);
      }
      await sendExport(reply, deps, dataset, period.data, actorOf(staffOf(request)));
    };
  app.get('/exports/checkins.csv', periodDownload(checkinExport));
  app.get('/exports/tasks.csv', periodDownload(taskExport));
}
