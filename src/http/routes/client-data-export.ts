import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportClientData } from '../../domain/privacy/data-export.js';
import { dataExportZip } from '../../domain/privacy/data-export-zip.js';
import { localDate } from '../../domain/tasks/due-dates.js';
import type { HttpDeps } from '../http-deps.js';
import { binaryResponse, errorResponse, idParams } from '../schemas.js';

const zipResponse = binaryResponse(
  'Everything kept about the client: client.json, thread.json, checkins.json, tasks.json, notes.json and alerts.json (camelCase, times in UTC), ' +
    'every stored file of their case under media/<sha256>.<extension>, and README.txt in their language saying what each file holds.',
  ['application/zip'],
);

/**
 * Records the export in the audit log under `actor`, then streams the
 * client's archive as `client-<id>-<agency day>.zip`. The console's download
 * answers through this too.
 */
export async function sendClientDataExport(
  reply: FastifyReply,
  deps: Pick<HttpDeps, 'db' | 'mediaStore' | 'translator' | 'clock' | 'agencyTimezone'>,
  clientId: string,
  actor: string,
): Promise<FastifyReply> {
  const now = deps.clock();
  const data = await exportClientData(deps.db, { clientId, actor, now });
  const log = reply.log.child({ clientId });
  const archive = dataExportZip(
    {
      mediaStore: deps.mediaStore,
      translator: deps.translator,
      onMissing: (file, problem) => log.warn({ mediaId: file.id, sha256: file.sha256, problem }, 'a stored file of a data export could not be read; the archive goes without it'),
    },
    data,
  );
  return reply
    .type('application/zip')
    .header('content-disposition', `attachment; filename="client-${clientId}-${localDate(now, deps.agencyTimezone)}.zip"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(archive);
}

export const clientDataExportRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, deps) => {
  app.get(
    '/clients/:id/export',
    {
      // A HEAD would read every stored file only to drop it, and count as an export taken.
      exposeHeadRoute: false,
      schema: {
        tags: ['clients'],
        operationId: 'exportClientData',
        summary: 'Download everything kept about a client, as a zip archive',
        description: 'A client’s data to take away (GDPR Art. 15 and 20), as one zip archive, streamed; recorded in the audit log.',
        params: idParams,
        response: { 200: zipResponse, 400: errorResponse, 404: errorResponse },
      },
    },
    async (request, reply) => sendClientDataExport(reply, deps, request.params.id, 'admin'),
  );
};
