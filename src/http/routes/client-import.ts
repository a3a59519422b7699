import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ValidationError } from '../../core/errors.js';
import { importColumns, importLimits } from '../../domain/people/client-import-file.js';
import { checkImport } from '../../domain/people/client-import-check.js';
import { importClients } from '../../domain/people/client-import-commit.js';
import { createClientImportReader } from '../../domain/people/client-import-reader.js';
import type { HttpDeps } from '../http-deps.js';
import { clientBody, errorResponse } from '../schemas.js';

const tags = ['clients'];
const rules = { clientSchema: clientBody };

const importReport = z
  .object({
    rows: z.number().int(),
    valid: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), field: z.enum(importColumns), message: z.string() })),
  })
  .meta({ id: 'ClientImportReport' });

const importDone = importReport
  .extend({ created: z.array(z.object({ row: z.number().int(), id: z.uuid() })) })
  .meta({ id: 'ClientImportResult' });

/** A body of any other type is parsed to this, so the handler can say what to send instead of a 415 about JSON. */
const notCsv = Symbol('not text/csv');

/** The file as sent, when it was sent as UTF-8 CSV; the charset parameter may be left out, as UTF-8 is CSV's default. */
function csvOf(request: FastifyRequest): Buffer {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (!Buffer.isBuffer(request.body)) {
    throw new ValidationError('IMPORT_CONTENT_TYPE', 'content-type', 'send the file as the body, with Content-Type: text/csv');
  }
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new ValidationError('IMPORT_NOT_UTF8', 'content-type', 'the file must be UTF-8 (Content-Type: text/csv; charset=utf-8)');
  }
  return request.body;
}

/**
 * `POST /api/clients/import`: a CSV file of clients, checked row by row as
 * `POST /api/clients` checks one client; with `?commit=true`, enrolled all
 * in one transaction, or none. Only this plugin reads `text/csv` bodies.
 */
export const clientImportRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, clock }) => {
  const reader = createClientImportReader();
  app.addHook('onClose', () => reader.close());
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  app.addContentTypeParser('*', (_request, _payload, done) => done(null, notCsv));

  app.post(
    '/clients/import',
    {
      bodyLimit: importLimits.maxBytes,
      schema: {
        tags,
        operationId: 'importClients',
        summary: 'Check (and with commit=true enrol) clients from a CSV file',
        description:
          `A text/csv body (UTF-8, at most ${importLimits.maxBytes / 1024 / 1024} MB and ${importLimits.maxRows} rows) with a header naming the columns ` +
          `${importColumns.join(', ')}: name, language, timezone, checkinTime and one of mentorEmail or mentorId are required. ` +
          'Without commit, nothing is written and the answer is 200 whatever the rows hold. With commit=true, every row is enrolled ' +
          '(201) or none (400 with the same errors).',
        consumes: ['text/csv'],
        // Any body passes here: csvOf says what is wrong with one that is not a CSV file, in the API's error shape.
        body: z.any().meta({ type: 'string', format: 'binary', description: 'the CSV file, UTF-8' }),
        querystring: z.object({ commit: z.enum(['true', 'false'], { message: 'must be true or false' }).optional() }),
        response: { 200: importReport, 201: importDone, 400: z.union([importReport, errorResponse]) },
      },
    },
    async (request, reply) => {
      const file = await reader.read(csvOf(request));
      if (request.query.commit !== 'true') return reply.status(200).send((await checkImport(db, file, rules)).report);
      const outcome = await importClients(db, file, { rules, actor: 'admin', now: clock() });
      if (!outcome.committed) return reply.status(400).send(outcome.report);
      return reply.status(201).send({ ...outcome.report, created: outcome.created });
    },
  );
};
