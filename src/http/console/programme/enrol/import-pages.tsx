import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { NotFoundError, ValidationError } from '../../../../core/errors.js';
import { checkImport } from '../../../../domain/people/client-import-check.js';
import { importClients } from '../../../../domain/people/client-import-commit.js';
import { importLimits, type ImportFile } from '../../../../domain/people/client-import-file.js';
import { templateColumns } from '../../../../domain/people/client-import-header.js';
import { createClientImportReader } from '../../../../domain/people/client-import-reader.js';
import { findClientImport } from '../../../../domain/people/client-import-result.js';
import { actorOf } from '../../../../domain/staff/access.js';
import type { HttpDeps } from '../../../http-deps.js';
import { clientBody } from '../../../schemas.js';
import { consoleText } from '../../console-text.js';
import { staffOf } from '../../session.js';
import { pageContextOf, sendPage } from '../../ui/render.js';
import { recordId } from '../record-id.js';
import { carriedFile, confirmedFile, confirmOptions, uploadedFile, uploadOptions } from './import-form.js';
import { ImportDoneView } from './import-done-view.js';
import { ImportPreviewView } from './import-preview-view.js';
import { ImportUploadView } from './import-upload-view.js';

const rules = { clientSchema: clientBody };

type ImportRequest = FastifyRequest<{ Params: { id: string } }>;

/**
 * Enrolling many clients from a CSV file: upload, a preview of every row
 * with its problems, a confirmation that enrols them all (or none), and
 * the list of those enrolled. The preview writes nothing and keeps nothing:
 * the confirmation carries the file back and it is read and checked again.
 */
export async function importPages(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, clock } = deps;
  const reader = createClientImportReader();
  app.addHook('onClose', () => reader.close());
  const send = (request: FastifyRequest, reply: FastifyReply, view: VNode, status = 200) => sendPage(reply, pageContextOf(request, reply, deps), view, status);
  const refused = (request: FastifyRequest, reply: FastifyReply, message: string) =>
    send(request, reply, <ImportUploadView state={{ values: {}, errors: { file: message } }} />, 400);

  /** The file read, or undefined once the upload form has been shown again with why it cannot be. */
  const read = async (request: FastifyRequest, reply: FastifyReply, bytes: Buffer): Promise<ImportFile | undefined> => {
    try {
      return await reader.read(bytes);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      await refused(request, reply, error.message);
      return undefined;
    }
  };

  app.get('/enrol/import', async (request, reply) => send(request, reply, <ImportUploadView state={{ values: {}, errors: {} }} />));

  app.get('/enrol/import/template.csv', async (_request, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="clients.csv"')
      // The byte-order mark tells a spreadsheet the file is UTF-8, so names in any script survive a save.
      .send(`\uFEFF${templateColumns.join(',')}\r\n`),
  );

  app.post('/enrol/import', { config: uploadOptions }, async (request, reply) => {
    const t = consoleText(deps.translator, staffOf(request).language);
    const upload = await uploadedFile(request);
    if (upload.kind === 'none') return refused(request, reply, t('import-file-missing'));
    if (upload.kind === 'too_large') return refused(request, reply, t('import-file-too-large', { size: importLimits.maxBytes / 1024 / 1024 }));
    const file = await read(request, reply, upload.bytes);
    if (!file) return reply;
    const { report } = await checkImport(db, file, rules);
    const carried = carriedFile(upload.bytes, upload.fileName);
    return send(request, reply, <ImportPreviewView preview={{ ...carried, file, report }} />);
  });

  app.post('/enrol/import/confirm', { config: confirmOptions }, async (request, reply) => {
    const t = consoleText(deps.translator, staffOf(request).language);
    const confirmed = confirmedFile(request);
    if (!confirmed) return refused(request, reply, t('import-file-lost'));
    const file = await read(request, reply, confirmed.bytes);
    if (!file) return reply;
    const outcome = await importClients(db, file, { rules, actor: actorOf(staffOf(request)), now: clock() });
    if (!outcome.committed) {
      const carried = carriedFile(confirmed.bytes, confirmed.fileName);
      return send(request, reply, <ImportPreviewView preview={{ ...carried, file, report: outcome.report }} />, 400);
    }
    // Redirected, so reloading the page that lists them cannot enrol anyone twice.
    return reply.redirect(`/console/enrol/import/${outcome.importId}`, 303);
  });

  app.get('/enrol/import/:id', async (request: ImportRequest, reply) => {
    const done = await findClientImport(db, recordId(request.params.id, 'IMPORT_NOT_FOUND'));
    if (!done) throw new NotFoundError('IMPORT_NOT_FOUND', 'no import has this id');
    return send(request, reply, <ImportDoneView done={done} />);
  });
}
