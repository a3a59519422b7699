import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BusyError } from '../../core/errors.js';
import { localDateField } from '../../core/fields.js';
import { checkinExport } from '../../domain/exports/checkin-export.js';
import { clientExport } from '../../domain/exports/client-export.js';
import type { ExportDataset, ExportPeriod } from '../../domain/exports/export-dataset.js';
import { recordExport } from '../../domain/exports/record-export.js';
import { taskExport } from '../../domain/exports/task-export.js';
import { sendCsv } from '../csv-reply.js';
import type { HttpDeps } from '../http-deps.js';
import { csvResponse, errorResponse } from '../schemas.js';

const tags = ['exports'];

/** An export's days, both inclusive; the console checks its date fields with the same rule. */
export const exportPeriodQuery = z
  .object({
    from: localDateField.optional().describe('The first day included, YYYY-MM-DD; without it, from the first record.'),
    to: localDateField.optional().describe('The last day included, YYYY-MM-DD; without it, up to the last record.'),
  })
  .refine(({ from, to }) => from === undefined || to === undefined || from <= to, {
    path: ['from'],
    message: 'must not be after to',
  });

/**
 * Downloads that may stream at once in this process. Each holds a pooled connection and a
 * snapshot for as long as its reader takes, so a few slow readers must not starve the service.
 */
export const concurrentExports = 3;
let exportsStreaming = 0;

/** As `checkins-from-2026-04-01-to-2026-04-30.csv`, so a month's download keeps its name beside the others. */
function fileName(name: string, { from, to }: ExportPeriod): string {
  return `${[name, from && `from-${from}`, to && `to-${to}`].filter(Boolean).join('-')}.csv`;
}

/**
 * Records the export in the audit log, then streams it as CSV, resolving once
 * the download has ended or its reader has gone. The console's downloads
 * answer through this too.
 */
export async function sendExport<Row>(
  reply: FastifyReply,
  deps: Pick<HttpDeps, 'db' | 'agencyTimezone' | 'clock'>,
  dataset: ExportDataset<Row>,
  period: ExportPeriod,
  actor: string,
): Promise<void> {
  if (exportsStreaming >= concurrentExports) {
    throw new BusyError('EXPORTS_BUSY', `${concurrentExports} exports are being downloaded already; try again in a minute`, 60);
  }
  exportsStreaming += 1;
  reply.raw.once('close', () => {
    exportsStreaming -= 1;
  });
  await recordExport(deps.db, { actor, dataset: dataset.name, period, at: deps.clock() });
  const rows = dataset.rows(deps.db, { period, agencyTimezone: deps.agencyTimezone });
  // A reply is thenable: awaiting it waits for the answer to finish.
  await sendCsv(reply, fileName(dataset.name, period), dataset.columns, rows);
}

export const exportRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, deps) => {
  app.get(
    '/exports/clients.csv',
    {
      schema: {
        tags,
        operationId: 'exportClientsCsv',
        summary: 'Download every client as CSV',
        response: { 200: csvResponse('Every client with their current mentor, oldest enrolment first.') },
      },
    },
    async (_request, reply) => sendExport(reply, deps, clientExport, {}, 'admin'),
  );

  app.get(
    '/exports/checkins.csv',
    {
      schema: {
        tags,
        operationId: 'exportCheckinsCsv',
        summary: 'Download the check-ins of a period as CSV',
        querystring: exportPeriodQuery,
        response: {
          200: csvResponse('Check-ins whose day (the client’s own calendar day) is within from–to, oldest first.'),
          400: errorResponse,
        },
      },
    },
    async (request, reply) => sendExport(reply, deps, checkinExport, request.query, 'admin'),
  );

  app.get(
    '/exports/tasks.csv',
    {
      schema: {
        tags,
        operationId: 'exportTasksCsv',
        summary: 'Download the tasks of a period as CSV',
        querystring: exportPeriodQuery,
        response: {
          200: csvResponse('Tasks agreed within from–to (days in the agency’s time zone), oldest first.'),
          400: errorResponse,
        },
      },
    },
    async (request, reply) => sendExport(reply, deps, taskExport, request.query, 'admin'),
  );
};
