import type { FastifyInstance } from 'fastify';
import { writeConsoleNote } from '../../../domain/caseload/console-notes.js';
import { writeForTranslation } from '../../../domain/interpreting/via-interpreter.js';
import { visibleClient } from '../../../domain/staff/access.js';
import { consoleWriterFor, uploadContent, writeFromConsole } from '../../../domain/threads/console-messages.js';
import { limitInMegabytes } from '../../../domain/threads/relay.js';
import { inScope } from '../../../domain/turn/scope.js';
import type { HttpDeps } from '../../http-deps.js';
import { consoleText } from '../console-text.js';
import { fieldsOf, fileOf, zodProblems } from '../form-body.js';
import { isTicked } from '../programme/form-values.js';
import { staffOf } from '../session.js';
import { noteForm, replyForm } from './client-forms.js';
import { clientOfRequest, clientPath } from './client-request.js';
import { keepFieldsOfLargeFiles, storeUpload } from './posted-upload.js';
import { showClientPage } from './show-client-page.js';

/** Writing to a client from their page, and keeping a private note about them. */
export async function threadActions(app: FastifyInstance, deps: HttpDeps): Promise<void> {
  const { db, translator, clock } = deps;

  app.post('/clients/:id/messages', { config: keepFieldsOfLargeFiles }, async (request, reply) => {
    const staff = staffOf(request);
    const context = await clientOfRequest(db, request);
    const t = consoleText(translator, staff.language);
    const fields = fieldsOf(request);
    const values = { text: fields.text, viaInterpreter: fields.viaInterpreter };
    const viaInterpreter = isTicked(fields.viaInterpreter);
    const again = (errors: Record<string, string>) => showClientPage(request, reply, deps, context, { forms: { reply: { values, errors } }, status: 400 });
    const parsed = replyForm.safeParse({ text: fields.text ?? '' });
    if (!parsed.success) {
      const problems = zodProblems(values, parsed.error);
      // A browser cannot be given a file to send again: the form says so.
      if (await fileOf(request, 'file')) problems.errors.file = t('client-page-reply-file-again');
      return showClientPage(request, reply, deps, context, { forms: { reply: problems }, status: 400 });
    }
    const { text } = parsed.data;
    // An interpreter translates words; a photo or file is not theirs to pass on.
    if (viaInterpreter && (await fileOf(request, 'file'))) return again({ viaInterpreter: t('interpreting-reply-text-only') });
    const upload = await storeUpload(request, 'file', deps);
    if (upload.kind === 'refused') return again({ file: t(`client-page-upload-${upload.reason}`, { limit: limitInMegabytes(deps.mediaStore.maxBytes) }) });
    if (text === '' && upload.kind === 'none') return again({ text: t('client-page-reply-empty') });
    const sent = await inScope(db, { translator, clock }, async (scope) => {
      // Read again in the sending transaction: the client may have been moved to another mentor, or lost their interpreter, meanwhile.
      const client = await visibleClient(scope.db, staff, context.id);
      const writer = consoleWriterFor({ staffId: staff.id, name: staff.name, mentorId: staff.mentorId }, client);
      if (!viaInterpreter) {
        await writeFromConsole(scope, writer, client, uploadContent(text || null, upload.kind === 'stored' ? upload : null));
        return 'sent';
      }
      if (!client.interpreter) return 'no-interpreter';
      await writeForTranslation(scope, { ...client, interpreter: client.interpreter }, writer, text);
      return 'to-interpreter';
    });
    // The box is not shown without an interpreter, so the words are said about the whole form.
    if (sent === 'no-interpreter') return again({ form: t('interpreting-reply-no-interpreter', { name: context.name }) });
    return reply.redirect(clientPath(context.id, `?done=${sent === 'sent' ? 'client-reply-sent' : 'client-reply-to-interpreter'}#reply`), 303);
  });

  app.post('/clients/:id/notes', async (request, reply) => {
    const staff = staffOf(request);
    const context = await clientOfRequest(db, request);
    const fields = fieldsOf(request);
    const parsed = noteForm.safeParse({ note: fields.note ?? '' });
    if (!parsed.success) return showClientPage(request, reply, deps, context, { forms: { note: zodProblems({ note: fields.note }, parsed.error) }, status: 400 });
    const writer = consoleWriterFor({ staffId: staff.id, name: staff.name, mentorId: staff.mentorId }, context);
    await writeConsoleNote(db, { clientId: context.id, text: parsed.data.note, staffId: staff.id, mentorId: writer.kind === 'mentor' ? writer.mentorId : null }, clock());
    return reply.redirect(clientPath(context.id, '?done=client-note-saved#notes'), 303);
  });
}
